package org.cohortdesk.service.demo;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.cohortdesk.model.Sex;

/**
 * Names for the sample: trainees' names in their own script paired with the romanised passport
 * form (the two always spell the same name), and Vietnamese names for the academy's staff.
 * Everything is in Unicode NFC.
 */
final class DemoNames {
    /** A name in the person's own script (null when there is none to keep) and as in the passport. */
    record Name(String local, String latin, String givenLatin, String familyLatin) {}

    /** One name part in two scripts. */
    private record Part(String local, String latin) {}

    private static final List<Part> LAO_MALE = parts(
            "ສົມສັກ|Somsak", "ບຸນມີ|Bounmy", "ຄຳພອນ|Khamphone", "ສົມພອນ|Somphone", "ບຸນທັນ|Bounthanh", "ສີສະຫວາດ|Sisavath",
            "ສຸກສະຫວັນ|Souksavanh", "ພອນສະຫວັນ|Phonesavanh", "ທອງພັນ|Thongphanh", "ຄຳສີ|Khamsy", "ແສງທອງ|Sengthong",
            "ສອນໄຊ|Sonexay", "ອຸດົມ|Oudom", "ຄຳຫຼ້າ|Khamla", "ບຸນເພັງ|Bounpheng", "ວິໄລສັກ|Vilaysack", "ສົມໄຊ|Somxay",
            "ບຸນເຫຼືອ|Bounleua", "ພູວົງ|Phouvong", "ວັນໄຊ|Vanxay", "ອານຸສອນ|Anousone", "ສົມບັດ|Sombath", "ຄຳແພງ|Khamphaeng",
            "ທອງສະຫວັນ|Thongsavanh", "ຄຳແກ້ວ|Khamkeo", "ບຸນຈັນ|Bounchanh", "ສົມຈັນ|Somchanh", "ບຸນຄຳ|Bounkham",
            "ຄຳສິງ|Khamsing", "ທອງຈັນ|Thongchanh", "ສີທອງ|Sithong", "ວຽງໄຊ|Viengxay", "ຈັນທະພອນ|Chanthaphone",
            "ພອນໄຊ|Phonexay", "ສົມຫວັງ|Somvang", "ອຸ່ນຄຳ|Ounkham", "ແສງເພັດ|Sengphet", "ເພັດສະຫວັນ|Phetsavanh",
            "ທະວີສັກ|Thavisak", "ທະວີໄຊ|Thavixay", "ບຸນລ້ອມ|Bounlom", "ສີສຸກ|Sisouk");
    private static final List<Part> LAO_FEMALE = parts(
            "ວິໄລ|Vilay", "ມະນີວັນ|Manivanh", "ແສງເດືອນ|Sengdeuane", "ສຸດາລັດ|Soudalath", "ບົວຄຳ|Bouakham", "ນາລີ|Naly",
            "ພອນທິບ|Phonethip", "ສີດາ|Sida", "ວັນນະລີ|Vannaly", "ມາລີ|Maly", "ແສງຈັນ|Sengchanh", "ອາລຸນີ|Alouny",
            "ຄຳມະນີ|Khammany", "ທິບພະວັນ|Thippavanh", "ວຽງຄຳ|Viengkham", "ຂັນທະລີ|Khanthaly", "ດວງຈັນ|Douangchanh",
            "ດວງດີ|Douangdy", "ສຸພາພອນ|Souphaphone", "ອຳໄພ|Amphay", "ປານີ|Pany", "ຈັນທະວີ|Chanthavy", "ເພັດສະໄໝ|Phetsamay",
            "ມະນີຈັນ|Manichanh", "ສົມຈິດ|Somchith", "ແສງອາລຸນ|Sengaloun", "ເກສອນ|Kesone", "ລັດສະໝີ|Latsamy",
            "ວົງເດືອນ|Vongdeuane", "ບົວວັນ|Bouavanh", "ຈັນເພັງ|Chanpheng", "ບົວລີ|Boualy", "ສຸກສະດາ|Souksada",
            "ມະລິວັນ|Malivanh", "ສີວິໄລ|Sivilay");
    private static final List<Part> LAO_FAMILY = parts(
            "ພົມມະຈັນ|Phommachanh", "ແກ້ວມະນີ|Keomany", "ວົງສາ|Vongsa", "ສຸວັນນະວົງ|Souvannavong", "ອິນທະວົງ|Inthavong",
            "ໄຊຍະວົງ|Xayavong", "ສີສຸລາດ|Sisoulath", "ແສງສຸລິຍາ|Sengsouliya", "ຈັນທະວົງ|Chanthavong", "ພິລາວົງ|Philavong",
            "ດວງປັນຍາ|Douangpanya", "ໄຊສົມບັດ|Xaysombath", "ສີຫາລາດ|Sihalath", "ບຸບຜາ|Bouppha", "ທຳມະວົງ|Thammavong",
            "ຄຳວົງສາ|Khamvongsa", "ພັນທະວົງ|Phanthavong", "ມະນີວົງ|Manivong", "ສຸລິວົງ|Soulivong", "ຈັນທະລາ|Chanthala",
            "ອຸ່ນເຮືອນ|Ounheuane", "ຈະເລີນສຸກ|Chaleunsouk", "ສີວົງໄຊ|Sivongxay", "ໄຊຍະລາດ|Xayalath", "ພົມມະລາດ|Phommalath",
            "ສີສົມບັດ|Sisombath", "ແກ້ວວົງສາ|Keovongsa", "ວົງໄຊ|Vongxay", "ຫຼວງລາດ|Luangrath", "ເພັດສົມພູ|Phetsomphou",
            "ລັດຕະນະວົງ|Rattanavong", "ວິໄລວົງ|Vilayvong", "ບຸນຍະວົງ|Bounyavong", "ສຸດທຳມະວົງ|Southammavong",
            "ແສງດາລາ|Sengdara", "ພິມມະສອນ|Phimmasone", "ຄູນສະຫວັນ|Khounsavanh", "ເທບພະວົງ|Thepphavong",
            "ວົງພະຈັນ|Vongphachanh", "ຈັນທະບູລີ|Chanthaboury", "ອິນທະລາດ|Inthalath", "ວິໄລທອງ|Vilaythong",
            "ເພັງສະຫວັນ|Phengsavanh");

    private static final List<String> KHMER_MALE = words("Dara", "Sokha", "Vannak", "Sophal", "Rithy", "Visal", "Sovann",
            "Veasna", "Piseth", "Vuthy", "Samnang", "Kosal", "Sambath", "Chanthou", "Bunthoeun", "Sopheak");
    private static final List<String> KHMER_FEMALE = words("Sreymom", "Sophea", "Bopha", "Chanthy", "Kunthea", "Pisey", "Chenda",
            "Channary", "Raksmey", "Sothea", "Malis", "Sreyneang", "Leakhena", "Sokunthea", "Dalin");
    private static final List<String> KHMER_FAMILY = words("Chan", "Sok", "Heng", "Keo", "Kim", "Prak", "Nhem", "Meas", "Ouk",
            "Chea", "Long", "Mao", "Sam", "Seng", "Lim", "Ly", "Pen", "Hem", "Tep", "Yim", "Chhun", "Touch", "Nuon");
    private static final List<String> SPANISH_MALE = words("José Luis", "Carlos Alberto", "Alejandro", "Yoandri", "Yusniel",
            "Raúl", "Ernesto", "Jorge Luis", "Osmany", "Reinaldo", "Yordanis", "Roberto", "Miguel Ángel", "Luis Alberto");
    private static final List<String> SPANISH_FEMALE = words("María Elena", "Yaimara", "Yanet", "Dayana", "Ana María", "Yudith",
            "Odalys", "Marlene", "Yamilé", "Lisandra", "Yusimí", "Dianelys", "Mayelín", "Tania");
    private static final List<String> SPANISH_FAMILY = words("Pérez", "González", "Rodríguez", "Fernández", "Hernández",
            "García", "Martínez", "Díaz", "López", "Sánchez", "Castillo", "Cabrera", "Morales", "Suárez", "Ramírez", "Álvarez",
            "Cruz", "Reyes", "Torres", "Gómez");
    private static final List<String> BENGALI_MALE = words("Rafiqul", "Shahidul", "Kamrul", "Mizanur", "Anisur", "Habibur",
            "Tanvir", "Mahbubur", "Saiful", "Nazmul", "Ashraful", "Jahangir", "Faruk", "Mostafizur");
    private static final List<String> BENGALI_FEMALE = words("Nasrin", "Fatema", "Shirin", "Farzana", "Rokeya", "Sharmin",
            "Nusrat", "Tahmina", "Salma", "Ayesha", "Marufa", "Jannatul", "Sabina");
    private static final List<String> BENGALI_FAMILY_MALE = words("Islam", "Rahman", "Hossain", "Ahmed", "Chowdhury", "Uddin",
            "Khan", "Sarker", "Alam", "Haque");
    private static final List<String> BENGALI_FAMILY_FEMALE = words("Akter", "Begum", "Khatun", "Sultana", "Islam", "Rahman",
            "Chowdhury", "Haque");

    private static final List<String> VIET_FAMILY = words("Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê", "Phạm",
            "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trương");
    private static final List<String> VIET_MIDDLE_MALE = words("Văn", "Hữu", "Đức", "Minh", "Quang", "Công", "Xuân", "Mạnh",
            "Thành", "Anh", "Ngọc", "Trọng");
    private static final List<String> VIET_MIDDLE_FEMALE = words("Thị", "Thị", "Thu", "Ngọc", "Thanh", "Hồng", "Minh", "Thùy",
            "Phương", "Kim", "Thị Thu", "Thị Hồng");
    private static final List<String> VIET_GIVEN_MALE = words("An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Khánh", "Long",
            "Nam", "Phong", "Quân", "Sơn", "Thắng", "Tuấn", "Việt", "Hiếu", "Trung", "Tùng", "Đạt", "Huy", "Lâm", "Kiên");
    private static final List<String> VIET_GIVEN_FEMALE = words("Hà", "Hạnh", "Hoa", "Hương", "Lan", "Linh", "Mai", "Nga",
            "Phương", "Thảo", "Trang", "Vân", "Yến", "Nhung", "Hằng", "Hiền", "Oanh", "Thủy", "Dung", "Chi", "Giang", "Ngân");
    private static final List<String> ACADEMIC_TITLES = words("GS.TS.", "PGS.TS.", "PGS.TS.", "PGS.TS.", "PGS.TS.", "TS.",
            "TS.", "TS.", "TS.", "TS.", "TS.", "ThS.", "ThS.", "ThS.");

    private DemoNames() {}

    /** A trainee's name as people of {@code country} (ISO alpha-2) are named. */
    static Name trainee(String country, Sex sex, DemoDice dice) {
        boolean female = sex == Sex.F;
        return switch (country) {
            case "KH" -> {
                String family = dice.pick(KHMER_FAMILY);
                String given = dice.pick(female ? KHMER_FEMALE : KHMER_MALE);
                yield new Name(null, family + " " + given, given, family);
            }
            case "CU" -> {
                String given = dice.pick(female ? SPANISH_FEMALE : SPANISH_MALE);
                String family = dice.pick(SPANISH_FAMILY) + " " + dice.pick(SPANISH_FAMILY);
                String local = given + " " + family;
                yield new Name(local, ascii(local), ascii(given), ascii(family));
            }
            case "BD" -> {
                String given = dice.pick(female ? BENGALI_FEMALE : BENGALI_MALE);
                String family = dice.pick(female ? BENGALI_FAMILY_FEMALE : BENGALI_FAMILY_MALE);
                String first = !female && dice.chance(0.4) ? "Md. " + given : given;
                yield new Name(null, first + " " + family, given, family);
            }
            default -> {
                Part given = dice.pick(female ? LAO_FEMALE : LAO_MALE);
                Part family = dice.pick(LAO_FAMILY);
                yield new Name(given.local() + " " + family.local(), given.latin() + " " + family.latin(), given.latin(), family.latin());
            }
        };
    }

    /** A relative's name, romanised, sharing the trainee's family name where that is the custom. */
    static String relative(Name trainee, String country, Sex sex, DemoDice dice) {
        Name other = trainee(country, sex, dice);
        return switch (country) {
            case "KH" -> trainee.familyLatin() + " " + other.givenLatin();
            case "LA" -> other.givenLatin() + " " + trainee.familyLatin();
            default -> other.latin();
        };
    }

    /** A Vietnamese full name: family, middle and given name. */
    static String vietnamese(Sex sex, DemoDice dice) {
        boolean female = sex == Sex.F;
        return dice.pick(VIET_FAMILY) + " " + dice.pick(female ? VIET_MIDDLE_FEMALE : VIET_MIDDLE_MALE) + " "
                + dice.pick(female ? VIET_GIVEN_FEMALE : VIET_GIVEN_MALE);
    }

    /** A lecturer's name with an academic title, as the academy writes it: "PGS.TS. Nguyễn Văn An". */
    static String lecturer(Sex sex, DemoDice dice) {
        return dice.pick(ACADEMIC_TITLES) + " " + vietnamese(sex, dice);
    }

    /** Lower-case ASCII letters only, for e-mail addresses. */
    static String asciiLetters(String text) {
        return ascii(text).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }

    /** The text without its diacritics (đ becomes d). */
    static String ascii(String text) {
        String stripped = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return stripped.replace('đ', 'd').replace('Đ', 'D');
    }

    static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    static List<String> words(String... items) {
        return Arrays.stream(items).map(DemoNames::nfc).toList();
    }

    private static List<Part> parts(String... pairs) {
        return Arrays.stream(pairs).map(p -> {
            int bar = p.indexOf('|');
            return new Part(nfc(p.substring(0, bar)), nfc(p.substring(bar + 1)));
        }).toList();
    }
}
