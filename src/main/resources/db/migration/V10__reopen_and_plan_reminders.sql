-- HR reopening of an approved period and improvement-plan due reminders (issue 5).
-- Written for H2 2.2 and PostgreSQL 15 alike.

-- A reopened package keeps its results, steps, rep results and appeals; these columns say who
-- reopened it, when and why. The period's next run starts a new review cycle in new packages.
ALTER TABLE review_package ADD COLUMN reopened_by VARCHAR(60);
ALTER TABLE review_package ADD COLUMN reopened_at TIMESTAMP;
ALTER TABLE review_package ADD COLUMN reopen_reason VARCHAR(2000);

-- One row per plan, kind of date (CHECK_IN or END) and due date: the claim that a reminder was
-- sent. The primary key lets the database decide, so a timer that fires twice or a second server
-- instance sends each reminder once.
CREATE TABLE plan_reminder (
    plan_id    BIGINT       NOT NULL REFERENCES improvement_plan (id),
    due_kind   VARCHAR(10)  NOT NULL,
    due_date   DATE         NOT NULL,
    sent_at    TIMESTAMP    NOT NULL,
    CONSTRAINT pk_plan_reminder PRIMARY KEY (plan_id, due_kind, due_date),
    CONSTRAINT ck_plan_reminder_kind CHECK (due_kind IN ('CHECK_IN', 'END'))
);
