-- Review workflow, appeals and improvement plans (SPEC §11). Written once for H2 2.2 and
-- PostgreSQL 15. Runs and results (V5) are referenced by id only here; the foreign keys to them
-- follow in a later sub-version once both are on the same branch.

CREATE SEQUENCE review_package_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE review_step_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE result_adjustment_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE rep_result_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE appeal_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE improvement_plan_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE improvement_checkin_seq START WITH 50 INCREMENT BY 50;

-- The results of one run for one org scope (a team, a region or the company), as a preparer
-- submits them and HR approves and publishes them. One package per run and scope.
CREATE TABLE review_package (
    id            BIGINT        NOT NULL PRIMARY KEY,
    run_id        BIGINT        NOT NULL,
    period_code   VARCHAR(10)   NOT NULL,
    org_unit_id   BIGINT        NOT NULL REFERENCES org_unit (id),
    status        VARCHAR(12)   NOT NULL,
    opened_by     VARCHAR(60)   NOT NULL,
    opened_at     TIMESTAMP     NOT NULL,
    prepared_by   VARCHAR(60),
    submitted_at  TIMESTAMP,
    reviewed_by   VARCHAR(60),
    approved_by   VARCHAR(60),
    approved_at   TIMESTAMP,
    published_by  VARCHAR(60),
    published_at  TIMESTAMP,
    last_comment  VARCHAR(2000),
    changed_by    VARCHAR(60)   NOT NULL,
    changed_at    TIMESTAMP     NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_review_package_scope UNIQUE (run_id, org_unit_id)
);
CREATE INDEX ix_review_package_status ON review_package (status, period_code);

-- Every step taken on a package, with its comment: the rejection reasons stay readable.
CREATE TABLE review_step (
    id            BIGINT        NOT NULL PRIMARY KEY,
    package_id    BIGINT        NOT NULL REFERENCES review_package (id),
    action        VARCHAR(20)   NOT NULL,
    actor         VARCHAR(60)   NOT NULL,
    acted_at      TIMESTAMP     NOT NULL,
    from_status   VARCHAR(12)   NOT NULL,
    to_status     VARCHAR(12)   NOT NULL,
    comment_text  VARCHAR(2000)
);
CREATE INDEX ix_review_step_package ON review_step (package_id, acted_at);

-- Each rep's published result: acknowledged, appealed, final. result_version counts the adjusted
-- versions an upheld appeal produced (1 = as computed).
CREATE TABLE rep_result (
    id               BIGINT       NOT NULL PRIMARY KEY,
    package_id       BIGINT       NOT NULL REFERENCES review_package (id),
    run_id           BIGINT       NOT NULL,
    employee_id      BIGINT       NOT NULL REFERENCES employee (id),
    status           VARCHAR(12)  NOT NULL,
    published_at     TIMESTAMP    NOT NULL,
    appeal_until     TIMESTAMP    NOT NULL,
    acknowledged_at  TIMESTAMP,
    result_version   INTEGER      NOT NULL,
    changed_by       VARCHAR(60)  NOT NULL,
    changed_at       TIMESTAMP    NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_rep_result UNIQUE (run_id, employee_id)
);
CREATE INDEX ix_rep_result_employee ON rep_result (employee_id);

-- A rep's appeal and HR's written decision.
CREATE TABLE appeal (
    id               BIGINT        NOT NULL PRIMARY KEY,
    rep_result_id    BIGINT        NOT NULL REFERENCES rep_result (id),
    filed_by         VARCHAR(60)   NOT NULL,
    filed_at         TIMESTAMP     NOT NULL,
    appeal_text      VARCHAR(4000) NOT NULL,
    attachment_name  VARCHAR(200),
    attachment_type  VARCHAR(100),
    attachment_data  BYTEA,
    decision         VARCHAR(12),
    decision_text    VARCHAR(4000),
    decided_by       VARCHAR(60),
    decided_at       TIMESTAMP,
    version          BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX ix_appeal_rep_result ON appeal (rep_result_id);

-- A manual change of one figure of a result. The immutable result row is never updated: its
-- value at the time is kept in original_value, the new one here, with the reason. An adjustment
-- made for an upheld appeal names the appeal; supersedes_id links a newer value of the same
-- figure to the one it replaces.
CREATE TABLE result_adjustment (
    id              BIGINT        NOT NULL PRIMARY KEY,
    run_id          BIGINT        NOT NULL,
    employee_id     BIGINT        NOT NULL REFERENCES employee (id),
    package_id      BIGINT        REFERENCES review_package (id),
    appeal_id       BIGINT        REFERENCES appeal (id),
    supersedes_id   BIGINT        REFERENCES result_adjustment (id),
    result_version  INTEGER       NOT NULL,
    field           VARCHAR(60)   NOT NULL,
    original_value  VARCHAR(200),
    adjusted_value  VARCHAR(200)  NOT NULL,
    reason          VARCHAR(2000) NOT NULL,
    adjusted_by     VARCHAR(60)   NOT NULL,
    adjusted_at     TIMESTAMP     NOT NULL
);
CREATE INDEX ix_result_adjustment_rep ON result_adjustment (run_id, employee_id);

-- Improvement plans 改进计划 for flagged reps: a draft from the run, goals by the manager,
-- approval by HR, three months, check-ins and an outcome.
CREATE TABLE improvement_plan (
    id            BIGINT        NOT NULL PRIMARY KEY,
    employee_id   BIGINT        NOT NULL REFERENCES employee (id),
    run_id        BIGINT        NOT NULL,
    period_code   VARCHAR(10)   NOT NULL,
    trigger_flag  VARCHAR(40)   NOT NULL,
    status        VARCHAR(12)   NOT NULL,
    owner         VARCHAR(60),
    goals         VARCHAR(4000),
    start_date    DATE,
    end_date      DATE,
    outcome       VARCHAR(12),
    outcome_note  VARCHAR(2000),
    approved_by   VARCHAR(60),
    approved_at   TIMESTAMP,
    created_at    TIMESTAMP     NOT NULL,
    changed_by    VARCHAR(60)   NOT NULL,
    changed_at    TIMESTAMP     NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_improvement_plan UNIQUE (run_id, employee_id)
);
CREATE INDEX ix_improvement_plan_employee ON improvement_plan (employee_id);

CREATE TABLE improvement_checkin (
    id          BIGINT        NOT NULL PRIMARY KEY,
    plan_id     BIGINT        NOT NULL REFERENCES improvement_plan (id),
    checked_at  TIMESTAMP     NOT NULL,
    checked_by  VARCHAR(60)   NOT NULL,
    note        VARCHAR(2000) NOT NULL
);
CREATE INDEX ix_improvement_checkin_plan ON improvement_checkin (plan_id);
