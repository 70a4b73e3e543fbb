package org.cohortdesk.service.roster;

import java.util.List;

/**
 * What a column of a pasted spreadsheet holds. {@link #titleKey} is the roster's own column title
 * (so the app's copied rosters paste back), {@link #synonyms} the other titles nominee sheets use,
 * written as {@link PasteHeader#normalise} leaves them. {@link #maxLength} is the longest text the
 * database keeps for the field (0 for a date or a column that is not read).
 */
public enum PasteColumn {
    NAME_LOCAL("roster.column.name_local", 300, "name lao", "lao name", "name in lao", "local name", "native name", "ten lao",
            "ho ten lao", "ho ten chu lao", "ho ten tieng lao", "ten tieng lao", "ຊື່ ແລະ ນາມສະກຸນ", "ຊື່ ນາມສະກຸນ", "ຊື່ພາສາລາວ", "ຊື່ ພາສາລາວ"),
    NAME_LATIN("roster.column.name_latin", 300, "name", "full name", "name latin", "latin name", "romanised name", "romanized name",
            "name in passport", "passport name", "ho ten", "ho va ten", "ten", "ho ten latinh", "ten latinh", "ho ten theo ho chieu",
            "ຊື່", "ຊື່ ລາຕິນ", "ຊື່ອັງກິດ", "ຊື່ ພາສາອັງກິດ"),
    SEX("roster.column.sex", 0, "sex", "gender", "m f", "gioi tinh", "gioi", "phai", "ເພດ"),
    BIRTH_DATE("roster.column.birth_date", 0, "date of birth", "birth date", "birthdate", "dob", "born", "birthday", "ngay sinh",
            "ngay thang nam sinh", "sinh ngay", "nam sinh", "ວັນເດືອນປີເກີດ", "ວັນເກີດ", "ວ ດ ປ ເກີດ"),
    POSITION("roster.column.position", 300, "position", "job title", "title", "post", "chuc vu", "chuc danh", "ຕຳແໜ່ງ", "ໜ້າທີ່"),
    AGENCY("roster.column.agency", 300, "agency", "organisation", "organization", "department", "ministry", "office", "workplace",
            "co quan", "don vi", "co quan cong tac", "noi cong tac", "don vi cong tac", "ອົງການ", "ກົມ", "ບ່ອນປະຈຳການ", "ຫ້ອງການ"),
    PROVINCE("roster.column.province", 100, "province", "tinh", "tinh thanh pho", "ແຂວງ"),
    PASSPORT("roster.column.passport", 30, "passport", "passport no", "passport number", "so ho chieu", "ho chieu", "ho chieu so",
            "ໜັງສືຜ່ານແດນ", "ເລກໜັງສືຜ່ານແດນ", "ໜັງສືເດີນທາງ", "ເລກໜັງສືເດີນທາງ"),
    PASSPORT_EXPIRY("roster.column.passport_expiry", 0, "passport expiry", "passport expiry date", "expiry", "expiry date",
            "date of expiry", "expires", "valid until", "ngay het han", "han ho chieu", "ngay het han ho chieu", "ho chieu co gia tri den",
            "ວັນໝົດອາຍຸ", "ໝົດອາຍຸ"),
    VISA("roster.column.visa", 40, "visa", "visa no", "visa number", "so thi thuc", "thi thuc", "visa so", "ວີຊາ", "ເລກວີຊາ"),
    VISA_EXPIRY("trainee.field.visa_expiry", 0, "visa expiry", "visa expiry date", "visa until", "visa valid until", "han thi thuc", "thi thuc het han",
            "ngay het han thi thuc", "ວີຊາໝົດອາຍຸ", "ວັນໝົດອາຍຸວີຊາ"),
    ARRIVAL("roster.column.arrival", 60, "arrival", "arrival date", "arrives", "arrive", "ngay den", "den", "ມາຮອດ", "ວັນມາຮອດ",
            "ວັນທີມາຮອດ"),
    /** A flight in its own column; without one, the flight follows the date in the arrival cell. */
    ARRIVAL_FLIGHT("trainee.field.arrival_flight", 40, "arrival flight", "flight in", "inbound flight", "chuyen bay den", "ຖ້ຽວບິນມາ"),
    DEPARTURE("roster.column.departure", 60, "departure", "departure date", "departs", "leaves", "ngay ve", "ngay di", "ve",
            "ເດີນທາງກັບ", "ວັນກັບ", "ວັນທີກັບ"),
    DEPARTURE_FLIGHT("trainee.field.departure_flight", 40, "departure flight", "flight out", "outbound flight", "chuyen bay ve",
            "chuyen bay di", "ຖ້ຽວບິນກັບ"),
    ROOM("roster.column.room", 60, "room", "room no", "phong", "phong o", "so phong", "ຫ້ອງພັກ", "ຫ້ອງ"),
    NOTES("roster.column.notes", 4000, "notes", "note", "remarks", "remark", "comments", "comment", "ghi chu", "ໝາຍເຫດ"),
    PHONE(null, 60, "phone", "telephone", "tel", "mobile", "phone number", "dien thoai", "so dien thoai", "sdt", "ເບີໂທ", "ໂທລະສັບ"),
    EMAIL(null, 200, "email", "e mail", "mail", "thu dien tu", "ອີເມວ", "ອີເມລ"),
    /** The roster's status column: not read, everyone pasted is added as nominated. */
    STATUS("roster.column.status", 0, "status", "trang thai", "ສະຖານະ"),
    /** The roster's warning and number columns, and other row numbers: passed over without a word. */
    SKIPPED(null, 0, "warnings", "warning", "no", "nr", "number", "stt", "tt", "so tt", "so thu tu", "ລ ດ", "ລຳດັບ", "ລດ");

    /** No cell may be longer than this, whatever its column: a longer one is refused, not cut. */
    public static final int MAX_CELL = 4000;

    private final String titleKey;
    private final int maxLength;
    private final List<String> synonyms;

    PasteColumn(String titleKey, int maxLength, String... synonyms) {
        this.titleKey = titleKey;
        this.maxLength = maxLength;
        this.synonyms = List.of(synonyms);
    }

    /** The key of the roster's own title for this column, or null when the roster has none. */
    public String titleKey() {
        return titleKey;
    }

    public int maxLength() {
        return maxLength;
    }

    List<String> synonyms() {
        return synonyms;
    }

    /** True when the column's cells are kept. */
    public boolean isRead() {
        return this != STATUS && this != SKIPPED;
    }

    /**
     * The columns of a paste without a header: the roster's default order as the app copies it,
     * without its warning and number columns.
     */
    public static final List<PasteColumn> DEFAULT_ORDER = List.of(NAME_LOCAL, NAME_LATIN, SEX, BIRTH_DATE, POSITION, AGENCY, PROVINCE,
            PASSPORT, PASSPORT_EXPIRY, VISA, ARRIVAL, DEPARTURE, ROOM, STATUS, NOTES);
}
