package org.cohortdesk.service.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.cohortdesk.model.Course;
import org.cohortdesk.model.CourseModule;
import org.cohortdesk.model.Field;

/**
 * The course catalogue of the sample: ten courses across the fields, titled in Vietnamese, English
 * and Lao, each with an overview module first, three to five subject modules and a field study
 * with the final essay last. Lengths run from 5 to 13 weeks so that every cohort lasts one to
 * three months ({@code CohortRules.checkDates} warns about a 4-week cohort).
 */
final class DemoCourses {
    /** Completion: the share of sessions attended (present or late), in percent. */
    static final int COMPLETION_THRESHOLD = 80;
    /** Teaching hours a lecture session counts for in a module's hours. */
    static final int HOURS_PER_LECTURE = 3;

    record Text(String vi, String en, String lo) {}

    /** A course design; {@code sinceYear} is the first year it ran (0: always). */
    record Spec(String code, Field field, int weeks, int sinceYear, Text title, List<Text> modules) {}

    /** A course as built: its spec, its row and its modules in order. */
    record Built(Spec spec, Course course, List<CourseModule> modules) {}

    private static final Text OVERVIEW = text("Tổng quan hệ thống chính trị và nền hành chính nhà nước Việt Nam",
            "Overview of Vietnam's political system and state administration", "ພາບລວມລະບົບການເມືອງ ແລະ ການບໍລິຫານລັດຂອງຫວຽດນາມ");
    private static final Text FIELD_STUDY = text("Nghiên cứu thực tế và viết tiểu luận cuối khóa", "Field study and final essay",
            "ການສຶກສາຕົວຈິງ ແລະ ຂຽນບົດລາຍງານທ້າຍຫຼັກສູດ");

    static final List<Spec> SPECS = List.of(
            spec("CSM-01", Field.CIVIL_SERVICE_MANAGEMENT, 8, 0,
                    text("Quản lý nhà nước về cán bộ, công chức, viên chức", "State management of officials and civil servants",
                            "ການຄຸ້ມຄອງລັດຕໍ່ພະນັກງານ-ລັດຖະກອນ"),
                    text("Pháp luật về cán bộ, công chức, viên chức", "Law on officials, civil servants and public employees",
                            "ກົດໝາຍວ່າດ້ວຍພະນັກງານ-ລັດຖະກອນ"),
                    text("Tuyển dụng, sử dụng và đánh giá công chức", "Recruiting, deploying and appraising civil servants",
                            "ການຮັບສະໝັກ, ນຳໃຊ້ ແລະ ປະເມີນພະນັກງານ-ລັດຖະກອນ"),
                    text("Vị trí việc làm và ngạch công chức", "Job positions and civil service grades", "ຕຳແໜ່ງງານ ແລະ ຊັ້ນ-ຂັ້ນຂອງລັດຖະກອນ"),
                    text("Đào tạo, bồi dưỡng cán bộ, công chức", "Training and development of civil servants",
                            "ການບຳລຸງ-ຍົກລະດັບພະນັກງານ-ລັດຖະກອນ")),
            spec("SO-01", Field.STATE_ORGANISATION, 6, 0,
                    text("Tổ chức bộ máy hành chính nhà nước", "Organisation of the state administration", "ການຈັດຕັ້ງກົງຈັກບໍລິຫານລັດ"),
                    text("Tổ chức bộ máy nhà nước Việt Nam", "Organisation of the Vietnamese state", "ການຈັດຕັ້ງກົງຈັກລັດຂອງຫວຽດນາມ"),
                    text("Chức năng, nhiệm vụ của bộ, cơ quan ngang bộ", "Functions and duties of ministries and ministry-level agencies",
                            "ພາລະບົດບາດ ແລະ ໜ້າທີ່ຂອງກະຊວງ ແລະ ອົງການທຽບເທົ່າກະຊວງ"),
                    text("Quản lý biên chế", "Managing staffing quotas", "ການຄຸ້ມຄອງກຳລັງພົນ"),
                    text("Sắp xếp, tinh gọn bộ máy", "Restructuring and streamlining the apparatus", "ການປັບປຸງກົງຈັກໃຫ້ກະທັດຮັດ")),
            spec("LG-01", Field.LOCAL_GOVERNMENT, 12, 0,
                    text("Quản lý nhà nước ở địa phương", "Local state management", "ການຄຸ້ມຄອງລັດຢູ່ທ້ອງຖິ່ນ"),
                    text("Chính quyền địa phương ở Việt Nam", "Local government in Vietnam", "ການປົກຄອງທ້ອງຖິ່ນຢູ່ຫວຽດນາມ"),
                    text("Quản lý nhà nước về đất đai và đô thị", "Land and urban management", "ການຄຸ້ມຄອງທີ່ດິນ ແລະ ຕົວເມືອງ"),
                    text("Quản lý ngân sách địa phương", "Local budget management", "ການຄຸ້ມຄອງງົບປະມານທ້ອງຖິ່ນ"),
                    text("Phân cấp, phân quyền giữa trung ương và địa phương", "Decentralisation between central and local levels",
                            "ການແບ່ງຂັ້ນຄຸ້ມຄອງລະຫວ່າງສູນກາງ ແລະ ທ້ອງຖິ່ນ"),
                    text("Xây dựng nông thôn mới", "The new rural development programme", "ການສ້າງຊົນນະບົດໃໝ່")),
            spec("LG-02", Field.LOCAL_GOVERNMENT, 5, 0,
                    text("Quản lý nhà nước về công tác dân tộc", "State management of ethnic affairs",
                            "ການຄຸ້ມຄອງລັດກ່ຽວກັບວຽກງານຊົນເຜົ່າ"),
                    text("Chính sách dân tộc của Việt Nam", "Vietnam's policy on ethnic minorities", "ນະໂຍບາຍຊົນເຜົ່າຂອງຫວຽດນາມ"),
                    text("Phát triển kinh tế - xã hội vùng dân tộc thiểu số", "Socio-economic development in ethnic minority areas",
                            "ການພັດທະນາເສດຖະກິດ-ສັງຄົມເຂດຊົນເຜົ່າສ່ວນໜ້ອຍ"),
                    text("Công tác dân tộc ở cấp tỉnh", "Ethnic affairs at provincial level", "ວຽກງານຊົນເຜົ່າຂັ້ນແຂວງ")),
            spec("AR-01", Field.ARCHIVES_AND_RECORDS, 8, 0,
                    text("Nghiệp vụ văn thư, lưu trữ", "Records management and archives", "ວິຊາສະເພາະວຽກງານເອກະສານ ແລະ ຈົດໝາຍເຫດ"),
                    text("Quản lý văn bản đi, đến", "Managing incoming and outgoing documents", "ການຄຸ້ມຄອງເອກະສານຂາເຂົ້າ-ຂາອອກ"),
                    text("Soạn thảo văn bản hành chính", "Drafting administrative documents", "ການຮ່າງເອກະສານບໍລິຫານ"),
                    text("Lập hồ sơ và nộp lưu", "Compiling files and transferring them to the archives",
                            "ການສ້າງແຟ້ມເອກະສານ ແລະ ມອບເຂົ້າສາງຈົດໝາຍເຫດ"),
                    text("Lưu trữ điện tử", "Electronic archives", "ຈົດໝາຍເຫດເອເລັກໂຕຣນິກ"),
                    text("Bảo quản tài liệu lưu trữ", "Preserving archival records", "ການປົກປັກຮັກສາເອກະສານຈົດໝາຍເຫດ")),
            spec("RA-01", Field.RELIGION_AFFAIRS, 5, 0,
                    text("Quản lý nhà nước về tín ngưỡng, tôn giáo", "State management of belief and religious affairs",
                            "ການຄຸ້ມຄອງລັດກ່ຽວກັບວຽກງານສາສະໜາ"),
                    text("Chính sách tôn giáo của Việt Nam", "Vietnam's policy on religion", "ນະໂຍບາຍສາສະໜາຂອງຫວຽດນາມ"),
                    text("Pháp luật về tín ngưỡng, tôn giáo", "Law on belief and religion", "ກົດໝາຍວ່າດ້ວຍຄວາມເຊື່ອຖື ແລະ ສາສະໜາ"),
                    text("Quản lý hoạt động tôn giáo ở cơ sở", "Managing religious activities at grassroots level",
                            "ການຄຸ້ມຄອງການເຄື່ອນໄຫວສາສະໜາຢູ່ຮາກຖານ")),
            spec("ER-01", Field.EMULATION_AND_REWARDS, 6, 0,
                    text("Nghiệp vụ thi đua, khen thưởng", "Emulation and rewards work", "ວິຊາສະເພາະວຽກງານແຂ່ງຂັນ ແລະ ຍ້ອງຍໍ"),
                    text("Pháp luật về thi đua, khen thưởng", "Law on emulation and rewards", "ກົດໝາຍວ່າດ້ວຍການແຂ່ງຂັນ ແລະ ຍ້ອງຍໍ"),
                    text("Tổ chức phong trào thi đua", "Organising emulation movements", "ການຈັດຕັ້ງຂະບວນການແຂ່ງຂັນ"),
                    text("Quy trình xét khen thưởng", "Procedures for conferring awards", "ຂັ້ນຕອນການພິຈາລະນາຍ້ອງຍໍ"),
                    text("Nhân rộng điển hình tiên tiến", "Spreading exemplary models", "ການຂະຫຍາຍແບບຢ່າງອັນດີເດັ່ນ")),
            spec("PAR-01", Field.ADMINISTRATIVE_REFORM, 8, 0,
                    text("Cải cách hành chính nhà nước", "Public administration reform", "ການປະຕິຮູບການບໍລິຫານລັດ"),
                    text("Chương trình cải cách hành chính nhà nước", "The state administration reform programme",
                            "ແຜນງານປະຕິຮູບການບໍລິຫານລັດ"),
                    text("Cải cách thủ tục hành chính và cơ chế một cửa", "Simpler procedures and one-stop shops",
                            "ການປັບປຸງລະບຽບການ ແລະ ກົນໄກບໍລິການປະຕູດຽວ"),
                    text("Đo lường sự hài lòng của người dân", "Measuring citizen satisfaction", "ການວັດແທກຄວາມພໍໃຈຂອງປະຊາຊົນ"),
                    text("Chỉ số cải cách hành chính", "Administrative reform indices", "ດັດຊະນີການປະຕິຮູບການບໍລິຫານ")),
            spec("DT-01", Field.DIGITAL_TRANSFORMATION, 6, 2020,
                    text("Chuyển đổi số trong cơ quan nhà nước", "Digital transformation in state agencies", "ການຫັນເປັນດີຈີຕອນໃນອົງການລັດ"),
                    text("Chính phủ điện tử và chính phủ số", "E-government and digital government",
                            "ລັດຖະບານເອເລັກໂຕຣນິກ ແລະ ລັດຖະບານດີຈີຕອນ"),
                    text("Dịch vụ công trực tuyến", "Online public services", "ການບໍລິການສາທາລະນະທາງອອນລາຍ"),
                    text("Dữ liệu và an toàn thông tin", "Data and information security", "ຂໍ້ມູນ ແລະ ຄວາມປອດໄພຂອງຂໍ້ມູນຂ່າວສານ"),
                    text("Kỹ năng số cho công chức", "Digital skills for civil servants", "ທັກສະດີຈີຕອນສຳລັບພະນັກງານ-ລັດຖະກອນ"),
                    text("Quản lý văn bản điện tử", "Electronic document management", "ການຄຸ້ມຄອງເອກະສານເອເລັກໂຕຣນິກ")),
            spec("CSM-02", Field.CIVIL_SERVICE_MANAGEMENT, 13, 0,
                    text("Bồi dưỡng lãnh đạo, quản lý cấp tỉnh", "Leadership and management for provincial officials",
                            "ການບຳລຸງຜູ້ນຳ ແລະ ຜູ້ບໍລິຫານຂັ້ນແຂວງ"),
                    text("Kỹ năng lãnh đạo, quản lý", "Leadership and management skills", "ທັກສະການນຳພາ ແລະ ຄຸ້ມຄອງ"),
                    text("Hoạch định và thực thi chính sách", "Policy making and implementation", "ການວາງ ແລະ ຈັດຕັ້ງປະຕິບັດນະໂຍບາຍ"),
                    text("Kỹ năng ra quyết định", "Decision-making skills", "ທັກສະການຕັດສິນບັນຫາ"),
                    text("Quản lý nguồn nhân lực khu vực công", "Public sector human resource management",
                            "ການຄຸ້ມຄອງຊັບພະຍາກອນມະນຸດໃນຂະແໜງການລັດ"),
                    text("Kỹ năng giao tiếp và đàm phán", "Communication and negotiation skills", "ທັກສະການສື່ສານ ແລະ ການເຈລະຈາ")));

    private DemoCourses() {}

    private static Text text(String vi, String en, String lo) {
        return new Text(DemoNames.nfc(vi), DemoNames.nfc(en), DemoNames.nfc(lo));
    }

    private static Spec spec(String code, Field field, int weeks, int sinceYear, Text title, Text... subjects) {
        List<Text> modules = new ArrayList<>();
        modules.add(OVERVIEW);
        modules.addAll(List.of(subjects));
        modules.add(FIELD_STUDY);
        return new Spec(code, field, weeks, sinceYear, title, List.copyOf(modules));
    }

    /**
     * The course rows and their modules. A module's hours are its share of the lectures a cohort of
     * the course has room for (about three a fortnight fewer than the half-days, for ceremonies,
     * visits and the exam), three hours a lecture; the overview and the field study are shorter.
     */
    static List<Built> build(DemoDice dice, Instant now) {
        List<Built> out = new ArrayList<>();
        for (Spec spec : SPECS) {
            UUID courseId = dice.uuid();
            Course course = new Course(courseId, spec.code(), spec.title().vi(), spec.title().en(), spec.title().lo(), spec.field(),
                    spec.weeks(), COMPLETION_THRESHOLD, null, now, now, 0);
            int lectures = (int) Math.round(spec.weeks() * 5 * DemoTimetable.SESSIONS_PER_DAY) - spec.weeks() - 3;
            double[] weights = new double[spec.modules().size()];
            double sum = 0;
            for (int i = 0; i < weights.length; i++) {
                boolean edge = i == 0 || i == weights.length - 1;
                weights[i] = edge ? dice.uniform(0.5, 0.8) : dice.uniform(0.8, 1.4);
                sum += weights[i];
            }
            List<CourseModule> modules = new ArrayList<>();
            for (int i = 0; i < weights.length; i++) {
                Text t = spec.modules().get(i);
                int sessions = Math.max(1, (int) Math.round(lectures * weights[i] / sum));
                modules.add(new CourseModule(dice.uuid(), courseId, i + 1, t.vi(), t.en(), t.lo(), sessions * HOURS_PER_LECTURE, now, now, 0));
            }
            out.add(new Built(spec, course, List.copyOf(modules)));
        }
        return out;
    }
}
