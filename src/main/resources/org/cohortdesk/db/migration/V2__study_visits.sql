-- What a study visit needs beyond a session: the host organisation, the transport and how many go.
-- Kept beside the session (one row per study-visit session) so the sessions table and its record stay as they are.
CREATE TABLE study_visits (
    id                UUID         NOT NULL,
    session_id        UUID         NOT NULL,
    host_organisation VARCHAR(300),
    transport         VARCHAR(300),
    headcount         INTEGER,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           INTEGER      NOT NULL,
    CONSTRAINT pk_study_visits PRIMARY KEY (id),
    CONSTRAINT uq_study_visits_session UNIQUE (session_id),
    CONSTRAINT fk_study_visits_session FOREIGN KEY (session_id) REFERENCES sessions (id) ON DELETE CASCADE,
    CONSTRAINT ck_study_visits_headcount CHECK (headcount > 0)
);
