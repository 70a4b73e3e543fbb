package org.cohortdesk.service.holiday;

/** A public holiday by law, with the message key of its name. */
enum Observance {
    VN_NEW_YEAR("holiday.vn.new_year"),
    VN_TET("holiday.vn.tet"),
    VN_HUNG_KINGS("holiday.vn.hung_kings"),
    VN_REUNIFICATION("holiday.vn.reunification"),
    VN_LABOUR_DAY("holiday.vn.labour_day"),
    VN_NATIONAL_DAY("holiday.vn.national_day"),
    LA_NEW_YEAR("holiday.la.new_year"),
    LA_WOMEN_DAY("holiday.la.women_day"),
    LA_PI_MAI("holiday.la.pi_mai"),
    LA_LABOUR_DAY("holiday.la.labour_day"),
    LA_NATIONAL_DAY("holiday.la.national_day");

    final String key;

    Observance(String key) {
        this.key = key;
    }
}
