package org.cohortdesk.service.enrollment;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.cohortdesk.model.Enrollment;
import org.cohortdesk.model.EnrollmentStatus;
import org.cohortdesk.model.Person;
import org.cohortdesk.model.Problem;
import org.cohortdesk.model.Sex;
import org.cohortdesk.service.enrollment.EnrollmentService.Trainee;

/**
 * A trainee as the text a coordinator types: one string per {@link TraineeField}, read back into a
 * {@link Trainee} with a problem per field that cannot be read. The roster's inline editing and the
 * person form both go through it, so a date or a name is checked the same way everywhere.
 */
public final class TraineeDraft {
    /** The longest text a field takes; a longer one is refused (a pasted document, not a value). */
    public static final int MAX_LENGTH = 1000;


    /** What {@link #read()} made of the text: the trainee when every field could be read, else the problems by field. */
    public record Result(Trainee trainee, Map<TraineeField, Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private final Trainee base;
    private final EnumMap<TraineeField, String> texts = new EnumMap<>(TraineeField.class);

    private TraineeDraft(Trainee base) {
        this.base = base;
        for (TraineeField f : TraineeField.values()) {
            texts.put(f, textOf(base, f));
        }
    }

    /** The text of a stored trainee, to edit. */
    public static TraineeDraft of(Trainee trainee) {
        return new TraineeDraft(trainee);
    }

    /** An empty trainee for the cohort: a new person, nominated. */
    public static TraineeDraft blank(UUID cohortId) {
        UUID personId = UUID.randomUUID();
        Person person = new Person(personId, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, 0);
        Enrollment enrollment = new Enrollment(UUID.randomUUID(), cohortId, personId, EnrollmentStatus.NOMINATED, null, null, null,
                null, null, null, null, null, null, null, null, null, 0);
        return new TraineeDraft(new Trainee(person, enrollment));
    }

    /** The trainee this draft started from. */
    public Trainee base() {
        return base;
    }

    public String get(TraineeField field) {
        return texts.get(field);
    }

    public TraineeDraft set(TraineeField field, String text) {
        texts.put(field, text == null ? "" : text);
        return this;
    }

    /** The text of one field of a trainee: dates day first, sex and status as their constant names. */
    public static String textOf(Trainee t, TraineeField field) {
        Person p = t.person();
        Enrollment e = t.enrollment();
        Object value = switch (field) {
            case NAME_LOCAL -> p.nameLocal();
            case NAME_LATIN -> p.nameLatin();
            case SEX -> p.sex();
            case BIRTH_DATE -> p.birthDate();
            case NATIONALITY -> p.nationality();
            case POSITION -> p.jobTitle();
            case AGENCY -> p.agency();
            case PROVINCE -> p.province();
            case PASSPORT_NO -> p.passportNo();
            case PASSPORT_EXPIRY -> p.passportExpiry();
            case PHONE -> p.phone();
            case EMAIL -> p.email();
            case DIETARY_NOTES -> p.dietaryNotes();
            case HEALTH_NOTES -> p.healthNotes();
            case EMERGENCY_CONTACT -> p.emergencyContact();
            case PERSON_NOTES -> p.notes();
            case STATUS -> e.status();
            case VISA_NO -> e.visaNo();
            case VISA_EXPIRY -> e.visaExpiry();
            case ARRIVAL_ON -> e.arrivalOn();
            case ARRIVAL_FLIGHT -> e.arrivalFlight();
            case DEPARTURE_ON -> e.departureOn();
            case DEPARTURE_FLIGHT -> e.departureFlight();
            case ROOM -> e.room();
            case ENROLLMENT_NOTES -> e.notes();
        };
        if (value instanceof LocalDate d) {
            return DateTimeFormatter.ofPattern("dd/MM/uuuu").format(d);
        }
        return value == null ? "" : value.toString();
    }

    /**
     * Reads the text back. Each field that cannot be read gets one problem (an unreadable date, an
     * unknown sex, a missing romanised name, a text over {@link #MAX_LENGTH}); the trainee is then null.
     * A problem's words do not name the field: the caller shows it beside the field or after its label.
     */
    public Result read() {
        Map<TraineeField, Problem> problems = new LinkedHashMap<>();
        Reader r = new Reader(problems);
        Person p = base.person();
        Enrollment e = base.enrollment();
        Person person = new Person(p.id(), r.text(TraineeField.NAME_LOCAL), r.text(TraineeField.NAME_LATIN), r.sex(),
                r.date(TraineeField.BIRTH_DATE), r.text(TraineeField.NATIONALITY), r.text(TraineeField.POSITION),
                r.text(TraineeField.AGENCY), p.partnerId(), r.text(TraineeField.PROVINCE), r.text(TraineeField.PASSPORT_NO),
                r.date(TraineeField.PASSPORT_EXPIRY), r.text(TraineeField.PHONE), r.text(TraineeField.EMAIL),
                r.text(TraineeField.DIETARY_NOTES), r.text(TraineeField.HEALTH_NOTES), r.text(TraineeField.EMERGENCY_CONTACT),
                r.text(TraineeField.PERSON_NOTES), p.createdAt(), p.updatedAt(), p.version());
        Enrollment enrollment = new Enrollment(e.id(), e.cohortId(), e.personId(), r.status(), r.date(TraineeField.ARRIVAL_ON),
                r.text(TraineeField.ARRIVAL_FLIGHT), r.date(TraineeField.DEPARTURE_ON), r.text(TraineeField.DEPARTURE_FLIGHT),
                r.text(TraineeField.ROOM), r.text(TraineeField.VISA_NO), r.date(TraineeField.VISA_EXPIRY), e.withdrawnOn(),
                e.withdrawalReason(), r.text(TraineeField.ENROLLMENT_NOTES), e.createdAt(), e.updatedAt(), e.version());
        if (person.nameLatin() == null && !problems.containsKey(TraineeField.NAME_LATIN)) {
            problems.put(TraineeField.NAME_LATIN, Problem.error("error.person.name_missing"));
        }
        return new Result(problems.isEmpty() ? new Trainee(person, enrollment) : null, Map.copyOf(problems));
    }

    /** A date as {@link TypedText#date} reads it; null for blank; {@link DateTimeException} when it is not a date. */
    public static LocalDate parseDate(String text) {
        String s = text == null ? "" : text.strip();
        return s.isEmpty() ? null : TypedText.date(s).orElseThrow(() -> new DateTimeException(s));
    }

    /** Reads each field once, noting what cannot be read. */
    private final class Reader {
        private final Map<TraineeField, Problem> problems;

        Reader(Map<TraineeField, Problem> problems) {
            this.problems = problems;
        }

        String text(TraineeField f) {
            String s = Normalizer.normalize(texts.get(f).strip(), Normalizer.Form.NFC);
            if (s.length() > MAX_LENGTH) {
                problems.put(f, Problem.error("error.field.too_long", MAX_LENGTH));
                return null;
            }
            return s.isEmpty() ? null : s;
        }

        LocalDate date(TraineeField f) {
            try {
                return parseDate(texts.get(f));
            } catch (DateTimeException e) {
                problems.put(f, Problem.error("error.field.date", texts.get(f).strip()));
                return null;
            }
        }

        Sex sex() {
            String s = texts.get(TraineeField.SEX).strip();
            Sex sex = s.isEmpty() ? null : TypedText.sex(s);
            if (sex == null && !s.isEmpty()) {
                problems.put(TraineeField.SEX, Problem.error("error.field.sex", s));
            }
            return sex;
        }

        EnrollmentStatus status() {
            try {
                return EnrollmentStatus.valueOf(texts.get(TraineeField.STATUS).strip());
            } catch (IllegalArgumentException e) {
                problems.put(TraineeField.STATUS, Problem.error("error.field.status", texts.get(TraineeField.STATUS)));
                return base.enrollment().status();
            }
        }
    }
}
