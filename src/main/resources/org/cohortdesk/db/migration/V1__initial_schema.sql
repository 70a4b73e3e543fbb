-- Cohort Desk schema, version 1.
-- Portable SQL: runs unchanged on H2 (MODE=PostgreSQL) and on PostgreSQL.
-- Every table has a UUID key, created/updated timestamps and a version for optimistic locking.
-- Constraint names are stable: the store turns a violation into a message by its name.
-- A released migration is never edited; later changes go into V2__..., V3__...

CREATE TABLE partners (
    id          UUID         NOT NULL,
    name        VARCHAR(300) NOT NULL,
    name_local  VARCHAR(300),
    short_name  VARCHAR(60),
    country     CHAR(2)      NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    notes       VARCHAR(4000),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     INTEGER      NOT NULL,
    CONSTRAINT pk_partners PRIMARY KEY (id),
    CONSTRAINT uq_partners_name UNIQUE (country, name),
    CONSTRAINT ck_partners_kind CHECK (kind IN ('MINISTRY', 'CENTRAL_OFFICE', 'PROVINCE', 'ACADEMY', 'OTHER'))
);

CREATE TABLE agreements (
    id               UUID         NOT NULL,
    partner_id       UUID         NOT NULL,
    parent_id        UUID,
    kind             VARCHAR(20)  NOT NULL,
    title            VARCHAR(500) NOT NULL,
    starts_on        DATE         NOT NULL,
    ends_on          DATE         NOT NULL,
    planned_cohorts  INTEGER,
    planned_trainees INTEGER,
    notes            VARCHAR(4000),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          INTEGER      NOT NULL,
    CONSTRAINT pk_agreements PRIMARY KEY (id),
    CONSTRAINT fk_agreements_partner FOREIGN KEY (partner_id) REFERENCES partners (id),
    CONSTRAINT fk_agreements_parent FOREIGN KEY (parent_id) REFERENCES agreements (id),
    CONSTRAINT ck_agreements_kind CHECK (kind IN ('MOU', 'ANNUAL_PLAN')),
    CONSTRAINT ck_agreements_dates CHECK (starts_on <= ends_on),
    CONSTRAINT ck_agreements_planned CHECK (planned_cohorts >= 0 AND planned_trainees >= 0)
);

CREATE TABLE courses (
    id                   UUID         NOT NULL,
    code                 VARCHAR(30)  NOT NULL,
    title_vi             VARCHAR(300) NOT NULL,
    title_en             VARCHAR(300) NOT NULL,
    title_lo             VARCHAR(300),
    field                VARCHAR(40)  NOT NULL,
    length_weeks         INTEGER      NOT NULL,
    completion_threshold INTEGER      NOT NULL,
    notes                VARCHAR(4000),
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    version              INTEGER      NOT NULL,
    CONSTRAINT pk_courses PRIMARY KEY (id),
    CONSTRAINT uq_courses_code UNIQUE (code),
    CONSTRAINT ck_courses_length CHECK (length_weeks BETWEEN 1 AND 104),
    CONSTRAINT ck_courses_threshold CHECK (completion_threshold BETWEEN 0 AND 100)
);

CREATE TABLE course_modules (
    id          UUID         NOT NULL,
    course_id   UUID         NOT NULL,
    seq         INTEGER      NOT NULL,
    title_vi    VARCHAR(300) NOT NULL,
    title_en    VARCHAR(300) NOT NULL,
    title_lo    VARCHAR(300),
    hours       INTEGER      NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     INTEGER      NOT NULL,
    CONSTRAINT pk_course_modules PRIMARY KEY (id),
    CONSTRAINT fk_course_modules_course FOREIGN KEY (course_id) REFERENCES courses (id) ON DELETE CASCADE,
    CONSTRAINT uq_course_modules_seq UNIQUE (course_id, seq),
    CONSTRAINT ck_course_modules_hours CHECK (hours > 0)
);

CREATE TABLE cohorts (
    id           UUID         NOT NULL,
    code         VARCHAR(30)  NOT NULL,
    course_id    UUID         NOT NULL,
    partner_id   UUID         NOT NULL,
    agreement_id UUID,
    starts_on    DATE         NOT NULL,
    ends_on      DATE         NOT NULL,
    planned_size INTEGER      NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    venue        VARCHAR(300),
    coordinator  VARCHAR(200),
    funding      VARCHAR(300),
    notes        VARCHAR(4000),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      INTEGER      NOT NULL,
    CONSTRAINT pk_cohorts PRIMARY KEY (id),
    CONSTRAINT uq_cohorts_code UNIQUE (code),
    CONSTRAINT fk_cohorts_course FOREIGN KEY (course_id) REFERENCES courses (id),
    CONSTRAINT fk_cohorts_partner FOREIGN KEY (partner_id) REFERENCES partners (id),
    CONSTRAINT fk_cohorts_agreement FOREIGN KEY (agreement_id) REFERENCES agreements (id),
    CONSTRAINT ck_cohorts_dates CHECK (starts_on <= ends_on),
    CONSTRAINT ck_cohorts_planned_size CHECK (planned_size BETWEEN 1 AND 500),
    CONSTRAINT ck_cohorts_status CHECK (status IN ('PLANNED', 'CONFIRMED', 'IN_PROGRESS', 'COMPLETED', 'REPORTED', 'CANCELLED'))
);

CREATE TABLE people (
    id                UUID         NOT NULL,
    name_local        VARCHAR(300),
    name_latin        VARCHAR(300) NOT NULL,
    sex               CHAR(1),
    birth_date        DATE,
    nationality       CHAR(2),
    job_title         VARCHAR(300),
    agency            VARCHAR(300),
    partner_id        UUID,
    province          VARCHAR(100),
    passport_no       VARCHAR(30),
    passport_expiry   DATE,
    phone             VARCHAR(60),
    email             VARCHAR(200),
    dietary_notes     VARCHAR(1000),
    health_notes      VARCHAR(1000),
    emergency_contact VARCHAR(500),
    notes             VARCHAR(4000),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           INTEGER      NOT NULL,
    CONSTRAINT pk_people PRIMARY KEY (id),
    CONSTRAINT fk_people_partner FOREIGN KEY (partner_id) REFERENCES partners (id),
    CONSTRAINT ck_people_sex CHECK (sex IN ('F', 'M'))
);

CREATE TABLE enrollments (
    id                UUID         NOT NULL,
    cohort_id         UUID         NOT NULL,
    person_id         UUID         NOT NULL,
    status            VARCHAR(20)  NOT NULL,
    arrival_on        DATE,
    arrival_flight    VARCHAR(60),
    departure_on      DATE,
    departure_flight  VARCHAR(60),
    room              VARCHAR(60),
    visa_no           VARCHAR(40),
    visa_expiry       DATE,
    withdrawn_on      DATE,
    withdrawal_reason VARCHAR(1000),
    notes             VARCHAR(4000),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           INTEGER      NOT NULL,
    CONSTRAINT pk_enrollments PRIMARY KEY (id),
    CONSTRAINT fk_enrollments_cohort FOREIGN KEY (cohort_id) REFERENCES cohorts (id),
    CONSTRAINT fk_enrollments_person FOREIGN KEY (person_id) REFERENCES people (id),
    CONSTRAINT uq_enrollments_cohort_person UNIQUE (cohort_id, person_id),
    CONSTRAINT ck_enrollments_status CHECK (status IN ('NOMINATED', 'CONFIRMED', 'ARRIVED', 'WITHDRAWN', 'COMPLETED')),
    CONSTRAINT ck_enrollments_travel CHECK (arrival_on IS NULL OR departure_on IS NULL OR arrival_on <= departure_on)
);

CREATE TABLE sessions (
    id         UUID         NOT NULL,
    cohort_id  UUID         NOT NULL,
    module_id  UUID,
    kind       VARCHAR(20)  NOT NULL,
    title      VARCHAR(500) NOT NULL,
    starts_at  TIMESTAMP    NOT NULL,
    ends_at    TIMESTAMP    NOT NULL,
    location   VARCHAR(300),
    notes      VARCHAR(4000),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version    INTEGER      NOT NULL,
    CONSTRAINT pk_sessions PRIMARY KEY (id),
    CONSTRAINT fk_sessions_cohort FOREIGN KEY (cohort_id) REFERENCES cohorts (id),
    CONSTRAINT fk_sessions_module FOREIGN KEY (module_id) REFERENCES course_modules (id),
    CONSTRAINT ck_sessions_times CHECK (starts_at < ends_at),
    CONSTRAINT ck_sessions_kind CHECK (kind IN ('LECTURE', 'STUDY_VISIT', 'CEREMONY', 'EXAM', 'ACTIVITY', 'SELF_STUDY'))
);

CREATE TABLE resources (
    id         UUID         NOT NULL,
    kind       VARCHAR(20)  NOT NULL,
    name       VARCHAR(300) NOT NULL,
    capacity   INTEGER,
    languages  VARCHAR(100),
    phone      VARCHAR(60),
    email      VARCHAR(200),
    active     BOOLEAN      NOT NULL,
    notes      VARCHAR(4000),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version    INTEGER      NOT NULL,
    CONSTRAINT pk_resources PRIMARY KEY (id),
    CONSTRAINT uq_resources_name UNIQUE (kind, name),
    CONSTRAINT ck_resources_kind CHECK (kind IN ('ROOM', 'LECTURER', 'INTERPRETER')),
    CONSTRAINT ck_resources_capacity CHECK (capacity > 0)
);

CREATE TABLE session_resources (
    id          UUID NOT NULL,
    session_id  UUID NOT NULL,
    resource_id UUID NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     INTEGER NOT NULL,
    CONSTRAINT pk_session_resources PRIMARY KEY (id),
    CONSTRAINT fk_session_resources_session FOREIGN KEY (session_id) REFERENCES sessions (id) ON DELETE CASCADE,
    CONSTRAINT fk_session_resources_resource FOREIGN KEY (resource_id) REFERENCES resources (id),
    CONSTRAINT uq_session_resources UNIQUE (session_id, resource_id)
);

CREATE TABLE attendance (
    id            UUID        NOT NULL,
    enrollment_id UUID        NOT NULL,
    session_id    UUID        NOT NULL,
    mark          VARCHAR(10) NOT NULL,
    note          VARCHAR(1000),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       INTEGER     NOT NULL,
    CONSTRAINT pk_attendance PRIMARY KEY (id),
    CONSTRAINT fk_attendance_enrollment FOREIGN KEY (enrollment_id) REFERENCES enrollments (id),
    CONSTRAINT fk_attendance_session FOREIGN KEY (session_id) REFERENCES sessions (id),
    CONSTRAINT uq_attendance_mark UNIQUE (enrollment_id, session_id),
    CONSTRAINT ck_attendance_mark CHECK (mark IN ('PRESENT', 'LATE', 'EXCUSED', 'ABSENT'))
);

CREATE TABLE holidays (
    id         UUID         NOT NULL,
    country    CHAR(2)      NOT NULL,
    holiday_on DATE         NOT NULL,
    name       VARCHAR(300) NOT NULL,
    kind       VARCHAR(20)  NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version    INTEGER      NOT NULL,
    CONSTRAINT pk_holidays PRIMARY KEY (id),
    CONSTRAINT uq_holidays_day UNIQUE (country, holiday_on),
    CONSTRAINT ck_holidays_kind CHECK (kind IN ('PUBLIC', 'EXTRA'))
);

CREATE TABLE audit_log (
    id          UUID         NOT NULL,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       VARCHAR(200) NOT NULL,
    action      VARCHAR(20)  NOT NULL,
    entity      VARCHAR(40)  NOT NULL,
    entity_id   UUID,
    details     VARCHAR(4000),
    CONSTRAINT pk_audit_log PRIMARY KEY (id),
    CONSTRAINT ck_audit_log_action CHECK (action IN ('CREATE', 'UPDATE', 'DELETE', 'MERGE', 'IMPORT', 'BULK'))
);

CREATE INDEX ix_agreements_partner ON agreements (partner_id);
CREATE INDEX ix_course_modules_course ON course_modules (course_id);
CREATE INDEX ix_cohorts_course ON cohorts (course_id);
CREATE INDEX ix_cohorts_partner ON cohorts (partner_id);
CREATE INDEX ix_cohorts_starts ON cohorts (starts_on);
CREATE INDEX ix_people_passport ON people (passport_no);
CREATE INDEX ix_people_birth ON people (birth_date);
CREATE INDEX ix_enrollments_person ON enrollments (person_id);
CREATE INDEX ix_enrollments_cohort_status ON enrollments (cohort_id, status);
CREATE INDEX ix_sessions_cohort ON sessions (cohort_id, starts_at);
CREATE INDEX ix_sessions_starts ON sessions (starts_at);
CREATE INDEX ix_session_resources_resource ON session_resources (resource_id);
CREATE INDEX ix_attendance_session ON attendance (session_id);
CREATE INDEX ix_audit_log_entity ON audit_log (entity, entity_id);
