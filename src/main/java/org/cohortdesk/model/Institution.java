package org.cohortdesk.model;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * This institution as it names itself: its name in Vietnamese, Lao and English and the place its
 * certificates are issued at (each null when not given), its id ({@code null} until the row exists:
 * it is made at the first save or the first exchange) and the version the profile was read at.
 */
public record Institution(UUID id, String nameVi, String nameLo, String nameEn, String placeVi, String placeLo, String placeEn, int version) {
    /** No profile stored yet: every field blank. */
    public static final Institution NONE = new Institution(null, null, null, null, null, null, null, 0);

    /** The value of {@code field}, or null. */
    public String get(InstitutionField field) {
        return switch (field) {
            case NAME_VI -> nameVi;
            case NAME_LO -> nameLo;
            case NAME_EN -> nameEn;
            case PLACE_VI -> placeVi;
            case PLACE_LO -> placeLo;
            case PLACE_EN -> placeEn;
        };
    }

    /** Every field with its value (null when blank), in the order of {@link InstitutionField}. */
    public Map<InstitutionField, String> fields() {
        Map<InstitutionField, String> all = new EnumMap<>(InstitutionField.class);
        for (InstitutionField f : InstitutionField.values()) {
            all.put(f, get(f));
        }
        return all;
    }

    /** This profile with the fields of {@code values} replaced (a null value clears its field). */
    public Institution with(Map<InstitutionField, String> values) {
        Map<InstitutionField, String> all = fields();
        all.putAll(values);
        return new Institution(id, all.get(InstitutionField.NAME_VI), all.get(InstitutionField.NAME_LO), all.get(InstitutionField.NAME_EN),
                all.get(InstitutionField.PLACE_VI), all.get(InstitutionField.PLACE_LO), all.get(InstitutionField.PLACE_EN), version);
    }

    /** The one name exchange packages carry: the Vietnamese name, else the English, else the Lao one; null when none is given. */
    public String packageName() {
        return Stream.of(nameVi, nameEn, nameLo).filter(n -> n != null && !n.isBlank()).findFirst().orElse(null);
    }
}
