package org.cohortdesk.service.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.cohortdesk.model.Partner;
import org.cohortdesk.model.PartnerKind;

/**
 * The sending organisations of the sample: Lao central bodies first, the Home Affairs departments of
 * the 17 provinces and Vientiane Capital, then partners in Cambodia, Cuba and Bangladesh, which
 * send cohorts only in the most recent years. A "main" partner holds the agreements; the others'
 * cohorts run under their main partner's annual plan.
 */
final class DemoPartners {

    /**
     * One partner. {@code perYear} is the average number of cohorts it sends a year; {@code yearsBack}
     * limits it to the most recent years (0: every year); {@code courses} are the course codes it asks for.
     */
    record Spec(String key, String name, String nameLocal, String shortName, String country, PartnerKind kind, String nameVi,
            String mainKey, double perYear, int yearsBack, List<String> provinces, List<String> courses, List<String> units,
            String mailDomain) {

        boolean isMain() {
            return key.equals(mainKey);
        }

        boolean activeIn(int year, int lastYear) {
            return yearsBack == 0 || year > lastYear - yearsBack;
        }
    }

    /** English name, Lao name, province of the Home Affairs departments. */
    private static final String[][] LAO_PROVINCES = {
        {"Vientiane Capital", "ນະຄອນຫຼວງວຽງຈັນ", "capital"},
        {"Attapeu", "ແຂວງອັດຕະປື", ""}, {"Bokeo", "ແຂວງບໍ່ແກ້ວ", ""}, {"Bolikhamxay", "ແຂວງບໍລິຄຳໄຊ", ""},
        {"Champasak", "ແຂວງຈຳປາສັກ", ""}, {"Houaphanh", "ແຂວງຫົວພັນ", ""}, {"Khammouane", "ແຂວງຄຳມ່ວນ", ""},
        {"Luang Namtha", "ແຂວງຫຼວງນ້ຳທາ", ""}, {"Luang Prabang", "ແຂວງຫຼວງພະບາງ", ""}, {"Oudomxay", "ແຂວງອຸດົມໄຊ", ""},
        {"Phongsaly", "ແຂວງຜົ້ງສາລີ", ""}, {"Salavan", "ແຂວງສາລະວັນ", ""}, {"Savannakhet", "ແຂວງສະຫວັນນະເຂດ", ""},
        {"Sekong", "ແຂວງເຊກອງ", ""}, {"Vientiane Province", "ແຂວງວຽງຈັນ", ""}, {"Xayabouly", "ແຂວງໄຊຍະບູລີ", ""},
        {"Xaysomboun", "ແຂວງໄຊສົມບູນ", ""}, {"Xiengkhouang", "ແຂວງຊຽງຂວາງ", ""}};

    private static final List<String> ALL_COURSES = List.of("CSM-01", "SO-01", "LG-01", "LG-02", "AR-01", "RA-01", "ER-01",
            "PAR-01", "DT-01", "CSM-02");
    private static final List<String> PROVINCE_UNITS = DemoNames.words("Division of Organisation and Personnel",
            "Division of Local Administration", "Division of Religious Affairs", "Division of Archives",
            "Division of Emulation and Rewards", "Administration Division", "District Office of Home Affairs");

    static final List<Spec> SPECS = specs();

    private DemoPartners() {}

    private static List<Spec> specs() {
        List<String> capital = List.of("Vientiane Capital");
        List<Spec> s = new ArrayList<>();
        s.add(new Spec("moha", "Ministry of Home Affairs", "ກະຊວງພາຍໃນ", "MoHA", "LA", PartnerKind.MINISTRY, "Bộ Nội vụ Lào", "moha",
                16, 0, capital, ALL_COURSES,
                List.of("Department of Civil Servants Management", "Department of Local Administration", "Department of Religious Affairs",
                        "National Archives Department", "Department of Emulation and Rewards", "Department of Organisation and Personnel",
                        "Cabinet of the Ministry", "Department of Public Administration Reform"), "moha.gov.la"));
        s.add(new Spec("pmo", "Prime Minister's Office", "ຫ້ອງວ່າການສຳນັກງານນາຍົກລັດຖະມົນຕີ", "PMO", "LA", PartnerKind.CENTRAL_OFFICE,
                "Văn phòng Thủ tướng Chính phủ Lào", "pmo", 4, 0, capital, List.of("SO-01", "PAR-01", "DT-01", "AR-01", "CSM-02"),
                List.of("Cabinet of the Prime Minister's Office", "Department of Administration", "Department of Policy and Legal Affairs",
                        "Department of International Relations", "Department of Personnel"), "pmo.gov.la"));
        s.add(new Spec("pco", "Party Central Office", "ຫ້ອງວ່າການສູນກາງພັກ", "PCO", "LA", PartnerKind.CENTRAL_OFFICE,
                "Văn phòng Trung ương Đảng Nhân dân Cách mạng Lào", "pco", 3, 0, capital, List.of("AR-01", "SO-01", "CSM-01", "CSM-02"),
                List.of("Department of Administration", "Department of Party Records", "Department of Personnel",
                        "Department of General Affairs"), null));
        s.add(new Spec("po", "President's Office", "ຫ້ອງວ່າການສຳນັກງານປະທານປະເທດ", "PO", "LA", PartnerKind.CENTRAL_OFFICE,
                "Văn phòng Chủ tịch nước Lào", "po", 2, 0, capital, List.of("ER-01", "AR-01", "SO-01"),
                List.of("Department of Administration", "Department of Awards and Decorations", "Department of Legal Affairs"), null));
        s.add(new Spec("nao", "National Assembly Office", "ຫ້ອງວ່າການສະພາແຫ່ງຊາດ", "NAO", "LA", PartnerKind.CENTRAL_OFFICE,
                "Văn phòng Quốc hội Lào", "nao", 3, 0, capital, List.of("SO-01", "PAR-01", "AR-01", "DT-01"),
                List.of("Department of Legislation", "Department of Administration", "Secretariat of the Committees",
                        "Department of Foreign Affairs", "Department of Archives and Library"), "na.gov.la"));
        for (String[] p : LAO_PROVINCES) {
            boolean isCapital = p[2].equals("capital");
            String name = "Department of Home Affairs, " + p[0] + (isCapital || p[0].endsWith("Province") ? "" : " Province");
            s.add(new Spec("doha-" + p[0], name, "ພະແນກພາຍໃນ " + p[1], "DoHA " + p[0], "LA", PartnerKind.PROVINCE, null, "moha",
                    isCapital ? 1.5 : 0.9, 0, List.of(p[0]), List.of("LG-01", "LG-02", "CSM-02", "PAR-01", "RA-01", "ER-01"),
                    PROVINCE_UNITS, null));
        }
        s.add(new Spec("kh-mcs", "Ministry of Civil Service", "ក្រសួងមុខងារសាធារណៈ", "MCS", "KH", PartnerKind.MINISTRY,
                "Bộ Công vụ Campuchia", "kh-mcs", 3, 6, List.of("Phnom Penh"), List.of("CSM-01", "PAR-01", "LG-01", "DT-01"),
                List.of("General Department of Civil Service", "Department of Human Resource Development",
                        "Department of Public Service Policy"), "mcs.gov.kh"));
        s.add(new Spec("kh-moi", "Ministry of Interior", "ក្រសួងមហាផ្ទៃ", "MoI", "KH", PartnerKind.MINISTRY, null, "kh-mcs", 2, 6,
                List.of("Phnom Penh", "Siem Reap", "Battambang", "Kampong Cham", "Kampot"), List.of("LG-01", "PAR-01", "CSM-02"),
                List.of("General Department of Administration", "Department of Local Administration", "Provincial Administration"), null));
        s.add(new Spec("cu-esceg", "Higher School of State and Government Cadres", "Escuela Superior de Cuadros del Estado y del Gobierno",
                "ESCEG", "CU", PartnerKind.ACADEMY, "Trường Cán bộ Nhà nước và Chính phủ Cuba", "cu-esceg", 1.5, 3,
                List.of("La Habana", "La Habana", "Santiago de Cuba", "Camagüey", "Holguín", "Villa Clara"), List.of("PAR-01", "DT-01", "SO-01"),
                List.of("Faculty of Public Administration", "Department of Training", "Provincial Branch"), null));
        s.add(new Spec("cu-mtss", "Ministry of Labour and Social Security", "Ministerio de Trabajo y Seguridad Social", "MTSS", "CU",
                PartnerKind.MINISTRY, null, "cu-esceg", 0.6, 3, List.of("La Habana"), List.of("CSM-01", "PAR-01"),
                List.of("Department of Human Capital", "Department of Labour Organisation"), null));
        s.add(new Spec("bd-mopa", "Ministry of Public Administration", "জনপ্রশাসন মন্ত্রণালয়", "MoPA", "BD", PartnerKind.MINISTRY,
                "Bộ Hành chính công Bangladesh", "bd-mopa", 2.5, 4, List.of("Dhaka", "Dhaka", "Chattogram", "Khulna", "Rajshahi", "Sylhet"),
                List.of("PAR-01", "DT-01", "CSM-02", "CSM-01"),
                List.of("Career Planning and Training Wing", "Administration Wing", "Regulation Wing"), "mopa.gov.bd"));
        s.add(new Spec("bd-bpatc", "Bangladesh Public Administration Training Centre", null, "BPATC", "BD", PartnerKind.ACADEMY, null,
                "bd-mopa", 1.5, 4, List.of("Dhaka"), List.of("PAR-01", "DT-01", "CSM-01"),
                List.of("Training Directorate", "Research and Consultancy Directorate"), null));
        return s.stream().map(DemoPartners::normalised).toList();
    }

    private static Spec normalised(Spec s) {
        return new Spec(s.key(), DemoNames.nfc(s.name()), DemoNames.nfc(s.nameLocal()), s.shortName(), s.country(), s.kind(),
                DemoNames.nfc(s.nameVi()), s.mainKey(), s.perYear(), s.yearsBack(), DemoNames.words(s.provinces().toArray(String[]::new)),
                s.courses(), DemoNames.words(s.units().toArray(String[]::new)), s.mailDomain());
    }

    /** The partner rows, in the order of {@link #SPECS}, with ids drawn from {@code dice}. */
    static List<Partner> build(DemoDice dice, Instant now) {
        return SPECS.stream()
                .map(s -> new Partner(dice.uuid(), s.name(), s.nameLocal(), s.shortName(), s.country(), s.kind(), null, now, now, 0))
                .toList();
    }

    /** The index in {@link #SPECS} of the partner with this key. */
    static int indexOf(String key) {
        for (int i = 0; i < SPECS.size(); i++) {
            if (SPECS.get(i).key().equals(key)) {
                return i;
            }
        }
        throw new IllegalArgumentException(key);
    }

    /** ISO 3166 alpha-3, as cohort codes use it. */
    static String iso3(String country) {
        return switch (country) {
            case "LA" -> "LAO";
            case "KH" -> "KHM";
            case "CU" -> "CUB";
            case "BD" -> "BGD";
            default -> country;
        };
    }

    /** The country's name in Vietnamese. */
    static String countryVi(String country) {
        return switch (country) {
            case "LA" -> "Lào";
            case "KH" -> "Campuchia";
            case "CU" -> "Cuba";
            case "BD" -> "Bangladesh";
            default -> country;
        };
    }
}
