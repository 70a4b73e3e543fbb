package org.cohortdesk.service.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cohortdesk.model.PartnerKind;
import org.cohortdesk.model.Sex;

/**
 * The trainees of the sample: new people drawn for a cohort (name, sex, age 28-55, post, agency,
 * passport, contacts, a few dietary and health notes) and alumni who return to a later cohort.
 */
final class DemoPeople {
    /** Oldest age at which an alumnus still comes back. */
    private static final int ALUMNUS_MAX_AGE = 57;

    private static final List<String> SENIOR = DemoNames.words("Director General", "Deputy Director General",
            "Deputy Director General", "Director of Division", "Director of Division", "Director of Division",
            "Deputy Director of Division", "Deputy Director of Division");
    private static final List<String> MIDDLE = DemoNames.words("Director of Division", "Deputy Director of Division",
            "Deputy Director of Division", "Senior Officer", "Senior Officer", "Senior Officer");
    private static final List<String> PROVINCE_SENIOR = DemoNames.words("Director of the Provincial Department of Home Affairs",
            "Deputy Director of the Provincial Department of Home Affairs", "Deputy Director of the Provincial Department of Home Affairs",
            "Head of Division", "Head of Division", "Head of Division", "Head of the District Office of Home Affairs",
            "Head of the District Office of Home Affairs");
    private static final List<String> PROVINCE_MIDDLE = DemoNames.words("Head of Division", "Deputy Head of Division",
            "Deputy Head of Division", "Deputy Head of the District Office of Home Affairs", "Senior Officer");
    private static final List<String> ACADEMY = DemoNames.words("Lecturer", "Lecturer", "Senior Lecturer", "Head of Department",
            "Researcher");
    private static final List<String> JUNIOR = DemoNames.words("Technical Officer", "Technical Officer", "Officer");
    private static final List<String> DIETS = DemoNames.words("Ăn chay", "Không ăn thịt bò", "Dị ứng hải sản",
            "Không ăn được đồ cay", "Không uống rượu bia");
    private static final List<String> HEALTH = DemoNames.words("Tăng huyết áp, đang dùng thuốc", "Tiểu đường type 2", "Hen suyễn",
            "Dị ứng penicillin", "Đau dạ dày", "Đang điều trị viêm khớp");

    private final DemoDice dice;
    private final DemoIdPool ids;
    private final List<DemoPerson> all = new ArrayList<>();
    private final List<List<DemoPerson>> byPartner = new ArrayList<>();
    private final Set<String> passports = new HashSet<>();

    DemoPeople(DemoDice dice, DemoIdPool ids) {
        this.dice = dice;
        this.ids = ids;
        for (int i = 0; i < DemoPartners.SPECS.size(); i++) {
            byPartner.add(new ArrayList<>());
        }
    }

    /** Everyone drawn, in the order drawn. */
    List<DemoPerson> all() {
        return all;
    }

    /** A new person nominated by the cohort's partner. */
    DemoPerson newcomer(DemoCohort cohort) {
        DemoPartners.Spec spec = cohort.partner;
        String country = spec.country();
        Sex sex = dice.chance(femaleShare(country)) ? Sex.F : Sex.M;
        DemoNames.Name name = DemoNames.trainee(country, sex, dice);
        int age = 28 + dice.between(0, 13) + dice.between(0, 14);
        LocalDate birth = cohort.startsOn.minusYears(age).minusDays(dice.between(0, 364));
        DemoPerson p = new DemoPerson(ids.next(), cohort.partnerIndex, country, name, sex, birth);
        p.jobTitle = jobTitle(spec.kind(), age);
        p.agency = dice.pick(spec.units()) + ", " + spec.name();
        p.province = dice.pick(spec.provinces());
        p.passportNo = passport(country);
        p.phone = phone(country);
        p.email = email(name, spec);
        p.dietaryNotes = country.equals("BD") && dice.chance(0.9) ? DemoNames.nfc("Ăn đồ Halal, không ăn thịt lợn")
                : dice.chance(0.04) ? dice.pick(DIETS) : null;
        p.healthNotes = dice.chance(0.03) ? dice.pick(HEALTH) : null;
        p.emergencyContact = dice.chance(0.95) ? emergency(p, age) : null;
        all.add(p);
        byPartner.get(cohort.partnerIndex).add(p);
        return p;
    }

    /**
     * An earlier trainee who can come back for this cohort: their only cohort ended at least
     * {@code minGapDays} before this one starts, and they are not too old. A few draws among the
     * partner's people, or with {@code anyPartner} a search of everyone from the cohort's country
     * (they may have changed jobs). Null when nobody is found.
     */
    DemoPerson alumnus(DemoCohort cohort, int minGapDays, boolean anyPartner) {
        LocalDate endedBy = cohort.startsOn.minusDays(minGapDays);
        if (anyPartner) {
            int offset = all.isEmpty() ? 0 : dice.between(0, all.size() - 1);
            for (int i = 0; i < all.size(); i++) {
                DemoPerson p = all.get((offset + i) % all.size());
                if (p.country.equals(cohort.country()) && canReturn(p, cohort, endedBy)) {
                    return p;
                }
            }
            return null;
        }
        List<DemoPerson> pool = byPartner.get(cohort.partnerIndex);
        for (int attempt = 0; attempt < 8 && !pool.isEmpty(); attempt++) {
            DemoPerson p = dice.pick(pool);
            if (canReturn(p, cohort, endedBy)) {
                return p;
            }
        }
        return null;
    }

    private static boolean canReturn(DemoPerson p, DemoCohort cohort, LocalDate endedBy) {
        return p.cohorts == 1 && !p.withdrew && p.lastEnd.isBefore(endedBy)
                && ChronoUnit.YEARS.between(p.birthDate, cohort.startsOn) <= ALUMNUS_MAX_AGE;
    }

    /** Records that {@code person} holds a seat in {@code cohort}. */
    static void enrol(DemoPerson person, DemoCohort cohort) {
        person.cohorts++;
        if (person.lastEnd == null || cohort.endsOn.isAfter(person.lastEnd)) {
            person.lastEnd = cohort.endsOn;
        }
    }

    /** Every passport stays valid well beyond six months after the person's last cohort. */
    void setPassportExpiries() {
        for (DemoPerson p : all) {
            if (p.passportNo != null) {
                p.passportExpiry = p.lastEnd.plusMonths(8).plusDays(dice.between(0, 7 * 365));
            }
        }
    }

    private static double femaleShare(String country) {
        return switch (country) {
            case "CU" -> 0.5;
            case "BD" -> 0.25;
            case "KH" -> 0.3;
            default -> 0.38;
        };
    }

    private String jobTitle(PartnerKind kind, int age) {
        if (kind == PartnerKind.ACADEMY) {
            return dice.pick(ACADEMY);
        }
        boolean province = kind == PartnerKind.PROVINCE;
        if (age >= 45) {
            return dice.pick(province ? PROVINCE_SENIOR : SENIOR);
        }
        if (age >= 35) {
            return dice.pick(province ? PROVINCE_MIDDLE : MIDDLE);
        }
        return dice.pick(JUNIOR);
    }

    private String passport(String country) {
        String number;
        do {
            number = switch (country) {
                case "KH" -> "N" + dice.digits(7);
                case "CU" -> "K" + dice.digits(6);
                case "BD" -> "A" + dice.digits(8);
                default -> "P" + dice.digits(7);
            };
        } while (!passports.add(number));
        return number;
    }

    private String phone(String country) {
        return switch (country) {
            case "KH" -> "+855 " + dice.pick(List.of("12", "17", "77", "89")) + " " + dice.digits(3) + " " + dice.digits(3);
            case "CU" -> "+53 5" + dice.digits(3) + " " + dice.digits(4);
            case "BD" -> "+880 17" + dice.digits(2) + " " + dice.digits(6);
            default -> "+856 20 " + dice.pick(List.of("2", "5", "7", "9")) + dice.digits(3) + " " + dice.digits(4);
        };
    }

    private String email(DemoNames.Name name, DemoPartners.Spec spec) {
        if (dice.chance(0.18)) {
            return null;
        }
        String local = DemoNames.asciiLetters(name.givenLatin()) + "." + DemoNames.asciiLetters(name.familyLatin());
        if (spec.mailDomain() != null && dice.chance(0.3)) {
            return local + "@" + spec.mailDomain();
        }
        return local + (dice.chance(0.4) ? String.valueOf(dice.between(10, 99)) : "") + "@" + (dice.chance(0.75) ? "gmail.com" : "yahoo.com");
    }

    private String emergency(DemoPerson p, int age) {
        boolean spouse = age > 30 && dice.chance(0.75);
        Sex relativeSex;
        String relation;
        if (spouse) {
            relativeSex = p.sex == Sex.F ? Sex.M : Sex.F;
            relation = p.sex == Sex.F ? "chồng" : "vợ";
        } else {
            relativeSex = dice.chance(0.5) ? Sex.M : Sex.F;
            relation = relativeSex == Sex.M ? dice.pick(List.of("anh trai", "em trai", "con trai"))
                    : dice.pick(List.of("chị gái", "em gái", "con gái"));
        }
        String name = DemoNames.relative(p.name, p.country, relativeSex, dice);
        return DemoNames.nfc(name + " (" + relation + "), " + phone(p.country));
    }
}
