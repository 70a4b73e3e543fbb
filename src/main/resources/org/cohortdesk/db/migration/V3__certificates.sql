-- Certificates: a register of the numbers given, a counter per year of issue, and each course's
-- second language on its certificates (Vietnamese is always the first).
-- A number is taken from its year's counter in the transaction that records the certificate, so it
-- is never given twice, not even after a certificate row were deleted; a reissue keeps its number.

ALTER TABLE courses ADD COLUMN certificate_language VARCHAR(2) DEFAULT 'LO' NOT NULL;
ALTER TABLE courses ADD CONSTRAINT ck_courses_certificate_language CHECK (certificate_language IN ('LO', 'EN'));

CREATE TABLE certificate_counters (
    issue_year  INTEGER NOT NULL,
    last_number INTEGER NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     INTEGER NOT NULL,
    CONSTRAINT pk_certificate_counters PRIMARY KEY (issue_year),
    CONSTRAINT ck_certificate_counters_number CHECK (last_number >= 0)
);

CREATE TABLE certificates (
    id               UUID        NOT NULL,
    enrollment_id    UUID        NOT NULL,
    cert_no          VARCHAR(20) NOT NULL,
    issue_year       INTEGER     NOT NULL,
    seq              INTEGER     NOT NULL,
    issued_on        DATE        NOT NULL,
    reissue_count    INTEGER     NOT NULL,
    last_reissued_on DATE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          INTEGER     NOT NULL,
    CONSTRAINT pk_certificates PRIMARY KEY (id),
    CONSTRAINT uq_certificates_number UNIQUE (cert_no),
    CONSTRAINT uq_certificates_year_seq UNIQUE (issue_year, seq),
    CONSTRAINT uq_certificates_enrollment UNIQUE (enrollment_id),
    CONSTRAINT fk_certificates_enrollment FOREIGN KEY (enrollment_id) REFERENCES enrollments (id),
    CONSTRAINT fk_certificates_counter FOREIGN KEY (issue_year) REFERENCES certificate_counters (issue_year),
    CONSTRAINT ck_certificates_seq CHECK (seq > 0),
    CONSTRAINT ck_certificates_reissues CHECK (reissue_count >= 0)
);
