-- Evaluation runs and their immutable results (SPEC §8). Written once for H2 2.2 and PostgreSQL 15.

CREATE SEQUENCE evaluation_run_seq START WITH 50 INCREMENT BY 50;

-- One row per run. Inserting it is the claim: the unique key (period, scheme version, trigger)
-- makes a second claim of the same scheduled close (a double fire, a second instance, a restart)
-- fail and do nothing. Manual runs carry a unique trigger of their own. Scheme and plan are
-- referenced by version id and copied with their content hash, so the run explains itself even
-- without the scheme tables.
CREATE TABLE evaluation_run (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    period_code          VARCHAR(10)   NOT NULL,
    period_type          VARCHAR(10)   NOT NULL,
    scheme_version_id    BIGINT        NOT NULL,
    scheme_code          VARCHAR(40)   NOT NULL,
    scheme_version       INTEGER       NOT NULL,
    scheme_hash          VARCHAR(64)   NOT NULL,
    plan_version_id      BIGINT        NOT NULL,
    plan_code            VARCHAR(40)   NOT NULL,
    plan_version         INTEGER       NOT NULL,
    plan_hash            VARCHAR(64)   NOT NULL,
    trigger_key          VARCHAR(80)   NOT NULL,
    preview              BOOLEAN       NOT NULL,
    status               VARCHAR(12)   NOT NULL,
    phase                VARCHAR(12)   NOT NULL,
    execution_id         BIGINT,
    attempts             INTEGER       NOT NULL,
    total_items          INTEGER       NOT NULL,
    scored_items         INTEGER       NOT NULL,
    written_items        INTEGER       NOT NULL,
    evaluable_count      INTEGER,
    not_evaluable_count  INTEGER,
    total_bonus          NUMERIC(19,2),
    currency             VARCHAR(3),
    run_hash             VARCHAR(64),
    import_batches       VARCHAR(2000),
    engine_version       VARCHAR(20)   NOT NULL,
    failure_reason       VARCHAR(1000),
    requested_by         VARCHAR(60)   NOT NULL,
    created_at           TIMESTAMP     NOT NULL,
    started_at           TIMESTAMP,
    progress_at          TIMESTAMP,
    finished_at          TIMESTAMP,
    superseded_at        TIMESTAMP,
    superseded_by        BIGINT,
    version              BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_evaluation_run_claim UNIQUE (period_code, scheme_version_id, trigger_key)
);
CREATE INDEX ix_evaluation_run_period ON evaluation_run (period_code, scheme_code, status);
CREATE INDEX ix_evaluation_run_created ON evaluation_run (created_at);

-- The working rows of a run between its steps: each rep's input (measures, org context) in
-- canonical JSON, then the score and the ranks. Keyed by position so chunks resume by position.
-- total_score and completion are kept as text: ranking compares them at full precision.
CREATE TABLE evaluation_item (
    run_id        BIGINT       NOT NULL REFERENCES evaluation_run (id),
    seq           INTEGER      NOT NULL,
    employee_id   BIGINT       NOT NULL,
    employee_no   VARCHAR(20)  NOT NULL,
    region_code   VARCHAR(40),
    team_code     VARCHAR(40),
    input_json    TEXT         NOT NULL,
    scored        BOOLEAN      NOT NULL,
    evaluable     BOOLEAN,
    total_score   VARCHAR(80),
    completion    VARCHAR(80),
    actual_sales  VARCHAR(80),
    satisfaction  VARCHAR(80),
    company_rank  INTEGER,
    company_size  INTEGER,
    region_rank   INTEGER,
    region_size   INTEGER,
    team_rank     INTEGER,
    team_size     INTEGER,
    service_star  BOOLEAN,
    PRIMARY KEY (run_id, seq)
);

-- One immutable result per rep and run, keyed by its position in the run (the job writes it in
-- chunks by position, idempotently). result_json is the canonical JSON the hash is taken of;
-- the other columns copy figures out of it for lists, sorting and filtering.
CREATE TABLE evaluation_result (
    run_id                BIGINT        NOT NULL REFERENCES evaluation_run (id),
    seq                   INTEGER       NOT NULL,
    employee_id           BIGINT        NOT NULL,
    employee_no           VARCHAR(20)   NOT NULL,
    rep_name              VARCHAR(100),
    region_code           VARCHAR(40),
    team_code             VARCHAR(40),
    evaluable             BOOLEAN       NOT NULL,
    not_evaluable_reason  VARCHAR(30),
    completion_rate       NUMERIC(19,4),
    total_score           NUMERIC(19,4),
    grade                 VARCHAR(8),
    company_rank          INTEGER,
    company_size          INTEGER,
    region_rank           INTEGER,
    team_rank             INTEGER,
    tier_code             VARCHAR(40),
    coefficient           NUMERIC(19,4),
    modifier_factor       NUMERIC(19,4),
    commission            NUMERIC(19,2),
    bonus                 NUMERIC(19,2),
    currency              VARCHAR(3),
    flags                 VARCHAR(300)  NOT NULL,
    result_json           TEXT          NOT NULL,
    result_hash           VARCHAR(64)   NOT NULL,
    PRIMARY KEY (run_id, seq),
    CONSTRAINT uq_evaluation_result_rep UNIQUE (run_id, employee_no)
);
CREATE INDEX ix_evaluation_result_employee ON evaluation_result (employee_id, run_id);
