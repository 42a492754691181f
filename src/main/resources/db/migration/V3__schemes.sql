-- Evaluation schemes and incentive plans (issue 3). Each row is one immutable-once-used version.
-- The definition itself is stored as the canonical JSON the engine hashes (evaluation.control
-- .CanonicalJson), so the stored text and content_hash always agree and a run can prove which
-- content it used. A version becomes frozen when a run uses it; an edit then saves a new version.

CREATE SEQUENCE scheme_version_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE plan_version_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE scheme_version (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    code               VARCHAR(40)   NOT NULL,
    version            INTEGER       NOT NULL,
    name_zh            VARCHAR(200)  NOT NULL,
    name_en            VARCHAR(200)  NOT NULL,
    period_type        VARCHAR(16)   NOT NULL,
    plan_code          VARCHAR(40),
    -- Population rule: comma-separated lists; NULL means everyone.
    population_levels  VARCHAR(200),
    population_markets VARCHAR(200),
    population_stages  VARCHAR(200),
    definition_json    TEXT          NOT NULL,
    content_hash       VARCHAR(64)   NOT NULL,
    frozen             BOOLEAN       NOT NULL,
    created_at         TIMESTAMP     NOT NULL,
    created_by         VARCHAR(60)   NOT NULL,
    change_reason      VARCHAR(2000),
    row_version        BIGINT        NOT NULL,
    CONSTRAINT uq_scheme_version UNIQUE (code, version)
);

CREATE TABLE plan_version (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    code               VARCHAR(40)   NOT NULL,
    version            INTEGER       NOT NULL,
    name_zh            VARCHAR(200)  NOT NULL,
    name_en            VARCHAR(200)  NOT NULL,
    currency           VARCHAR(3)    NOT NULL,
    definition_json    TEXT          NOT NULL,
    content_hash       VARCHAR(64)   NOT NULL,
    frozen             BOOLEAN       NOT NULL,
    created_at         TIMESTAMP     NOT NULL,
    created_by         VARCHAR(60)   NOT NULL,
    change_reason      VARCHAR(2000),
    row_version        BIGINT        NOT NULL,
    CONSTRAINT uq_plan_version UNIQUE (code, version)
);
