-- Alerts (SPEC §10, issue 6 item 6): threshold rules defined by administrators, the hits they
-- found (once per rule, subject and period) and the reps' 5W1H notes on causes.
-- Written for H2 2.2 and PostgreSQL 15 alike.

CREATE SEQUENCE alert_rule_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE alert_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE alert_note_seq START WITH 50 INCREMENT BY 50;

-- kind: UNIT_SALES_CHANGE (unit_level, threshold = change in percent, e.g. -15),
-- REP_COMPLETION_STREAK (threshold = baseline completion in percent, periods_in_row),
-- REP_RESULT_THRESHOLD (measure, direction, threshold on a stored evaluation result).
CREATE TABLE alert_rule (
    id              BIGINT        NOT NULL PRIMARY KEY,
    code            VARCHAR(40)   NOT NULL,
    name            VARCHAR(100)  NOT NULL,
    kind            VARCHAR(30)   NOT NULL,
    period_type     VARCHAR(10)   NOT NULL,
    unit_level      VARCHAR(16),
    measure         VARCHAR(20),
    direction       VARCHAR(8),
    threshold       NUMERIC(19,4) NOT NULL,
    periods_in_row  INTEGER,
    enabled         BOOLEAN       NOT NULL,
    updated_by      VARCHAR(60)   NOT NULL,
    updated_at      TIMESTAMP     NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_alert_rule_code UNIQUE (code)
);

-- One hit of a rule. The unique key makes a re-evaluation (a second run of the period, an import
-- touching it again) find the hit instead of storing and notifying it twice.
-- org_unit_id is the unit the hit belongs to (the region or team, or the rep's team) and decides
-- who may see it; employee_id is set for hits about a rep.
CREATE TABLE alert (
    id            BIGINT        NOT NULL PRIMARY KEY,
    rule_id       BIGINT        NOT NULL REFERENCES alert_rule (id),
    period_code   VARCHAR(10)   NOT NULL,
    subject_key   VARCHAR(40)   NOT NULL,
    subject_name  VARCHAR(100)  NOT NULL,
    org_unit_id   BIGINT        REFERENCES org_unit (id),
    employee_id   BIGINT        REFERENCES employee (id),
    observed      NUMERIC(19,4) NOT NULL,
    threshold     NUMERIC(19,4) NOT NULL,
    detail        VARCHAR(300)  NOT NULL,
    notified      VARCHAR(300),
    created_at    TIMESTAMP     NOT NULL,
    CONSTRAINT uq_alert UNIQUE (rule_id, subject_key, period_code)
);
CREATE INDEX ix_alert_org_unit ON alert (org_unit_id, created_at);
CREATE INDEX ix_alert_employee ON alert (employee_id, created_at);

-- A rep's note on the causes of a gap, in 5W1H form; notes are added, never changed.
CREATE TABLE alert_note (
    id          BIGINT         NOT NULL PRIMARY KEY,
    alert_id    BIGINT         NOT NULL REFERENCES alert (id),
    what_text   VARCHAR(1000)  NOT NULL,
    why_text    VARCHAR(1000)  NOT NULL,
    where_text  VARCHAR(1000),
    when_text   VARCHAR(1000),
    who_text    VARCHAR(1000),
    how_text    VARCHAR(1000),
    author      VARCHAR(60)    NOT NULL,
    created_at  TIMESTAMP      NOT NULL
);
CREATE INDEX ix_alert_note_alert ON alert_note (alert_id, created_at);
