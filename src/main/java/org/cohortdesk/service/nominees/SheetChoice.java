package org.cohortdesk.service.nominees;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.cohortdesk.model.ProblemException;

/** Which sheet of a workbook to read: the one named (exactly, else ignoring case), or the first that is not hidden. */
final class SheetChoice {
    private SheetChoice() {}

    static <S> S choose(List<S> sheets, Function<S, String> nameOf, Predicate<S> hidden, String wanted) {
        if (wanted == null) {
            return sheets.stream().filter(hidden.negate()).findFirst()
                    .orElseThrow(() -> ProblemException.of("error.nominees.no_visible_sheet"));
        }
        Optional<S> exact = sheets.stream().filter(s -> nameOf.apply(s).equals(wanted)).findFirst();
        return exact.or(() -> sheets.stream().filter(s -> nameOf.apply(s).strip().equalsIgnoreCase(wanted.strip())).findFirst())
                .orElseThrow(() -> ProblemException.of("error.nominees.unknown_sheet", wanted,
                        sheets.stream().map(nameOf).collect(Collectors.joining(", "))));
    }
}
