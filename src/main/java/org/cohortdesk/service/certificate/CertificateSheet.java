package org.cohortdesk.service.certificate;

import java.time.LocalDate;
import org.cohortdesk.model.CertificateLanguage;

/**
 * What one printed certificate says: the trainee's names (Lao script, when there is one, and
 * Latin), the course in Vietnamese and the second language, its dates and hours, the register
 * number, the day of first issue and, for a reissue, the day it was printed again.
 */
public record CertificateSheet(
        CertificateLanguage second,
        String nameLocal,
        String nameLatin,
        String courseVi,
        String courseSecond,
        LocalDate startsOn,
        LocalDate endsOn,
        int hours,
        String number,
        LocalDate issuedOn,
        LocalDate reissuedOn) {

    public boolean reissue() {
        return reissuedOn != null;
    }
}
