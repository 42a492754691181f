-- Foundation schema: organisation, people, portal users, periods, targets and the fact tables of
-- SPEC section 6. Written once for H2 2.2 and PostgreSQL 15: only types and syntax both accept.
-- Ids come from one sequence per table, incremented by 50 to match the JPA allocation size
-- (EclipseLink hands out value-49 .. value from each fetch, so sequences start at 50).

CREATE SEQUENCE org_unit_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE employee_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE assignment_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE portal_user_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE api_token_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE period_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE target_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE target_adjustment_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE import_batch_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE customer_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE sale_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE receivable_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE activity_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE opportunity_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE feedback_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE rating_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE plan_submission_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE training_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE compliance_incident_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE sales_cost_seq START WITH 50 INCREMENT BY 50;

-- ---------------------------------------------------------------- organisation and people

CREATE TABLE org_unit (
    id          BIGINT       NOT NULL PRIMARY KEY,
    code        VARCHAR(40)  NOT NULL,
    name_zh     VARCHAR(100) NOT NULL,
    name_en     VARCHAR(100) NOT NULL,
    parent_id   BIGINT       REFERENCES org_unit (id),
    kind        VARCHAR(16)  NOT NULL,
    market      VARCHAR(16),
    stage       VARCHAR(16),
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_org_unit_code UNIQUE (code)
);
CREATE INDEX ix_org_unit_parent ON org_unit (parent_id);

-- Every person of the sales organisation: reps are evaluated, managers lead units.
CREATE TABLE employee (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    employee_no          VARCHAR(20)   NOT NULL,
    name                 VARCHAR(100)  NOT NULL,
    position             VARCHAR(16)   NOT NULL,
    org_unit_id          BIGINT        NOT NULL REFERENCES org_unit (id),
    manager_id           BIGINT        REFERENCES employee (id),
    level                VARCHAR(16)   NOT NULL,
    hire_date            DATE          NOT NULL,
    active               BOOLEAN       NOT NULL,
    base_bonus_month     NUMERIC(19,2) NOT NULL,
    base_bonus_quarter   NUMERIC(19,2) NOT NULL,
    base_bonus_half_year NUMERIC(19,2) NOT NULL,
    base_bonus_year      NUMERIC(19,2) NOT NULL,
    version              BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_employee_no UNIQUE (employee_no)
);
CREATE INDEX ix_employee_org_unit ON employee (org_unit_id);
CREATE INDEX ix_employee_manager ON employee (manager_id);

-- Dated membership: a past period is evaluated in the unit the person belonged to then.
-- valid_to is exclusive; NULL means "still there".
CREATE TABLE assignment (
    id           BIGINT NOT NULL PRIMARY KEY,
    employee_id  BIGINT NOT NULL REFERENCES employee (id),
    org_unit_id  BIGINT NOT NULL REFERENCES org_unit (id),
    valid_from   DATE   NOT NULL,
    valid_to     DATE
);
CREATE INDEX ix_assignment_employee ON assignment (employee_id, valid_from);
CREATE INDEX ix_assignment_unit ON assignment (org_unit_id, valid_from);

CREATE TABLE portal_user (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    username           VARCHAR(60)  NOT NULL,
    display_name       VARCHAR(100) NOT NULL,
    password_hash      VARCHAR(200),
    employee_id        BIGINT       REFERENCES employee (id),
    scope_org_unit_id  BIGINT       REFERENCES org_unit (id),
    locale             VARCHAR(10)  NOT NULL,
    enabled            BOOLEAN      NOT NULL,
    created_at         TIMESTAMP    NOT NULL,
    last_sign_in_at    TIMESTAMP,
    version            BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_portal_user_username UNIQUE (username)
);

CREATE TABLE portal_user_role (
    user_id  BIGINT      NOT NULL REFERENCES portal_user (id),
    role     VARCHAR(16) NOT NULL,
    PRIMARY KEY (user_id, role)
);

-- Personal API tokens: only the SHA-256 of the random token is stored.
CREATE TABLE api_token (
    id            BIGINT       NOT NULL PRIMARY KEY,
    user_id       BIGINT       NOT NULL REFERENCES portal_user (id),
    name          VARCHAR(100) NOT NULL,
    token_hash    VARCHAR(64)  NOT NULL,
    created_at    TIMESTAMP    NOT NULL,
    expires_at    TIMESTAMP,
    last_used_at  TIMESTAMP,
    revoked       BOOLEAN      NOT NULL,
    CONSTRAINT uq_api_token_hash UNIQUE (token_hash)
);

-- ---------------------------------------------------------------- periods and targets

CREATE TABLE period (
    id          BIGINT      NOT NULL PRIMARY KEY,
    code        VARCHAR(10) NOT NULL,
    type        VARCHAR(10) NOT NULL,
    start_date  DATE        NOT NULL,
    end_date    DATE        NOT NULL,
    status      VARCHAR(10) NOT NULL,
    closed_at   TIMESTAMP,
    version     BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uq_period_code UNIQUE (code)
);
CREATE INDEX ix_period_type_dates ON period (type, start_date);

-- A target for one measure of one scope (a rep, a team, a region, the company) in one period.
-- scope_code is the employee number or org unit code, so the unique key needs no NULL columns.
CREATE TABLE target (
    id               BIGINT        NOT NULL PRIMARY KEY,
    period_id        BIGINT        NOT NULL REFERENCES period (id),
    scope            VARCHAR(10)   NOT NULL,
    scope_code       VARCHAR(40)   NOT NULL,
    employee_id      BIGINT        REFERENCES employee (id),
    org_unit_id      BIGINT        REFERENCES org_unit (id),
    measure          VARCHAR(40)   NOT NULL,
    target_value     NUMERIC(19,4) NOT NULL,
    acknowledged_at  TIMESTAMP,
    updated_at       TIMESTAMP     NOT NULL,
    updated_by       VARCHAR(60)   NOT NULL,
    import_batch_id  BIGINT,
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_target UNIQUE (period_id, scope, scope_code, measure)
);
CREATE INDEX ix_target_employee ON target (employee_id, period_id);
CREATE INDEX ix_target_org_unit ON target (org_unit_id, period_id);

CREATE TABLE target_adjustment (
    id           BIGINT        NOT NULL PRIMARY KEY,
    target_id    BIGINT        NOT NULL REFERENCES target (id),
    old_value    NUMERIC(19,4) NOT NULL,
    new_value    NUMERIC(19,4) NOT NULL,
    reason       VARCHAR(500)  NOT NULL,
    adjusted_by  VARCHAR(60)   NOT NULL,
    adjusted_at  TIMESTAMP     NOT NULL
);
CREATE INDEX ix_target_adjustment_target ON target_adjustment (target_id);

-- ---------------------------------------------------------------- imports and facts

CREATE TABLE import_batch (
    id              BIGINT       NOT NULL PRIMARY KEY,
    kind            VARCHAR(30)  NOT NULL,
    file_name       VARCHAR(255) NOT NULL,
    file_sha256     VARCHAR(64)  NOT NULL,
    source          VARCHAR(10)  NOT NULL,
    imported_by     VARCHAR(60)  NOT NULL,
    imported_at     TIMESTAMP    NOT NULL,
    row_count       INTEGER      NOT NULL,
    inserted_count  INTEGER      NOT NULL,
    updated_count   INTEGER      NOT NULL
);
CREATE INDEX ix_import_batch_time ON import_batch (imported_at);

CREATE TABLE customer (
    id               BIGINT       NOT NULL PRIMARY KEY,
    external_id      VARCHAR(40)  NOT NULL,
    name             VARCHAR(200) NOT NULL,
    segment          VARCHAR(16)  NOT NULL,
    import_batch_id  BIGINT       REFERENCES import_batch (id),
    CONSTRAINT uq_customer_external UNIQUE (external_id)
);

CREATE TABLE sale (
    id                BIGINT        NOT NULL PRIMARY KEY,
    external_id       VARCHAR(40)   NOT NULL,
    employee_id       BIGINT        NOT NULL REFERENCES employee (id),
    customer_id       BIGINT        NOT NULL REFERENCES customer (id),
    product_line      VARCHAR(40)   NOT NULL,
    signed_date       DATE          NOT NULL,
    amount            NUMERIC(19,2) NOT NULL,
    currency          VARCHAR(3)    NOT NULL,
    excluded          BOOLEAN       NOT NULL,
    exclusion_reason  VARCHAR(500),
    excluded_by       VARCHAR(60),
    excluded_at       TIMESTAMP,
    import_batch_id   BIGINT        REFERENCES import_batch (id),
    CONSTRAINT uq_sale_external UNIQUE (external_id)
);
CREATE INDEX ix_sale_employee_date ON sale (employee_id, signed_date);
CREATE INDEX ix_sale_customer_date ON sale (customer_id, signed_date);
CREATE INDEX ix_sale_date ON sale (signed_date);

-- employee_id repeats the sale's rep so period aggregation needs no join.
CREATE TABLE receivable (
    id                BIGINT        NOT NULL PRIMARY KEY,
    external_id       VARCHAR(40)   NOT NULL,
    sale_id           BIGINT        NOT NULL REFERENCES sale (id),
    employee_id       BIGINT        NOT NULL REFERENCES employee (id),
    amount_due        NUMERIC(19,2) NOT NULL,
    due_date          DATE          NOT NULL,
    amount_collected  NUMERIC(19,2) NOT NULL,
    collected_date    DATE,
    import_batch_id   BIGINT        REFERENCES import_batch (id),
    CONSTRAINT uq_receivable_external UNIQUE (external_id)
);
CREATE INDEX ix_receivable_employee_due ON receivable (employee_id, due_date);
CREATE INDEX ix_receivable_due ON receivable (due_date);
CREATE INDEX ix_receivable_sale ON receivable (sale_id);

CREATE TABLE activity (
    id               BIGINT      NOT NULL PRIMARY KEY,
    external_id      VARCHAR(40) NOT NULL,
    employee_id      BIGINT      NOT NULL REFERENCES employee (id),
    activity_date    DATE        NOT NULL,
    kind             VARCHAR(10) NOT NULL,
    customer_id      BIGINT      REFERENCES customer (id),
    import_batch_id  BIGINT      REFERENCES import_batch (id),
    CONSTRAINT uq_activity_external UNIQUE (external_id)
);
CREATE INDEX ix_activity_employee_date ON activity (employee_id, activity_date);

CREATE TABLE opportunity (
    id               BIGINT       NOT NULL PRIMARY KEY,
    external_id      VARCHAR(40)  NOT NULL,
    employee_id      BIGINT       NOT NULL REFERENCES employee (id),
    customer_id      BIGINT       REFERENCES customer (id),
    stage            VARCHAR(16)  NOT NULL,
    created_date     DATE         NOT NULL,
    stage_date       DATE         NOT NULL,
    lost_reason      VARCHAR(200),
    import_batch_id  BIGINT       REFERENCES import_batch (id),
    CONSTRAINT uq_opportunity_external UNIQUE (external_id)
);
CREATE INDEX ix_opportunity_employee_date ON opportunity (employee_id, stage_date);
CREATE INDEX ix_opportunity_created ON opportunity (created_date);

CREATE TABLE feedback (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    external_id        VARCHAR(40)  NOT NULL,
    employee_id        BIGINT       NOT NULL REFERENCES employee (id),
    customer_id        BIGINT       REFERENCES customer (id),
    feedback_date      DATE         NOT NULL,
    satisfaction       NUMERIC(3,1) NOT NULL,
    nps                INTEGER,
    renewal_intention  INTEGER,
    import_batch_id    BIGINT       REFERENCES import_batch (id),
    CONSTRAINT uq_feedback_external UNIQUE (external_id)
);
CREATE INDEX ix_feedback_employee_date ON feedback (employee_id, feedback_date);

CREATE TABLE rating (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    external_id        VARCHAR(40)  NOT NULL,
    employee_id        BIGINT       NOT NULL REFERENCES employee (id),
    rater_employee_id  BIGINT       REFERENCES employee (id),
    rater_role         VARCHAR(12)  NOT NULL,
    period_code        VARCHAR(10)  NOT NULL,
    dimension          VARCHAR(30)  NOT NULL,
    score              NUMERIC(4,2) NOT NULL,
    import_batch_id    BIGINT       REFERENCES import_batch (id),
    CONSTRAINT uq_rating_external UNIQUE (external_id)
);
CREATE INDEX ix_rating_employee_period ON rating (employee_id, period_code);
CREATE INDEX ix_rating_period ON rating (period_code, dimension);

CREATE TABLE plan_submission (
    id               BIGINT      NOT NULL PRIMARY KEY,
    employee_id      BIGINT      NOT NULL REFERENCES employee (id),
    period_code      VARCHAR(10) NOT NULL,
    due_at           TIMESTAMP   NOT NULL,
    submitted_at     TIMESTAMP,
    content          TEXT,
    import_batch_id  BIGINT      REFERENCES import_batch (id),
    CONSTRAINT uq_plan_submission UNIQUE (employee_id, period_code)
);
CREATE INDEX ix_plan_submission_due ON plan_submission (due_at);

CREATE TABLE training (
    id               BIGINT       NOT NULL PRIMARY KEY,
    external_id      VARCHAR(40)  NOT NULL,
    employee_id      BIGINT       NOT NULL REFERENCES employee (id),
    course           VARCHAR(200) NOT NULL,
    completion_date  DATE         NOT NULL,
    pre_score        NUMERIC(5,2),
    post_score       NUMERIC(5,2),
    import_batch_id  BIGINT       REFERENCES import_batch (id),
    CONSTRAINT uq_training_external UNIQUE (external_id)
);
CREATE INDEX ix_training_employee_date ON training (employee_id, completion_date);

CREATE TABLE compliance_incident (
    id               BIGINT      NOT NULL PRIMARY KEY,
    external_id      VARCHAR(40) NOT NULL,
    employee_id      BIGINT      NOT NULL REFERENCES employee (id),
    incident_date    DATE        NOT NULL,
    kind             VARCHAR(30) NOT NULL,
    severity         VARCHAR(10) NOT NULL,
    import_batch_id  BIGINT      REFERENCES import_batch (id),
    CONSTRAINT uq_compliance_external UNIQUE (external_id)
);
CREATE INDEX ix_compliance_employee_date ON compliance_incident (employee_id, incident_date);

CREATE TABLE sales_cost (
    id               BIGINT        NOT NULL PRIMARY KEY,
    org_unit_id      BIGINT        NOT NULL REFERENCES org_unit (id),
    period_code      VARCHAR(10)   NOT NULL,
    amount           NUMERIC(19,2) NOT NULL,
    import_batch_id  BIGINT        REFERENCES import_batch (id),
    CONSTRAINT uq_sales_cost UNIQUE (org_unit_id, period_code)
);

-- Unified definitions (e.g. the "new customer" minimum first-deal amount) live in one place.
CREATE TABLE app_setting (
    setting_key    VARCHAR(80)  NOT NULL PRIMARY KEY,
    setting_value  VARCHAR(500) NOT NULL,
    updated_at     TIMESTAMP    NOT NULL,
    updated_by     VARCHAR(60)  NOT NULL
);
