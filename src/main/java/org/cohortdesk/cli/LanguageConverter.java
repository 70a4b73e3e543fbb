package org.cohortdesk.cli;

import org.cohortdesk.i18n.Language;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code vi}, {@code en} or {@code lo}. */
final class LanguageConverter implements ITypeConverter<Language> {
    @Override
    public Language convert(String value) {
        return Language.fromTag(value).orElseThrow(() -> new TypeConversionException("'" + value + "' is not one of vi, en, lo"));
    }
}
