-- The append-only, hash-chained audit log (SPEC section 11). Every entry carries the SHA-256 of the
-- previous one; seq is gapless, handed out under a row lock on audit_head, so a deleted entry
-- shows as a gap and a changed one as a broken hash. audit_head is only a convenience for
-- appending; verification never trusts it.

CREATE TABLE audit_entry (
    seq          BIGINT        NOT NULL PRIMARY KEY,
    occurred_at  TIMESTAMP     NOT NULL,
    actor        VARCHAR(60)   NOT NULL,
    action       VARCHAR(60)   NOT NULL,
    entity_type  VARCHAR(60)   NOT NULL,
    entity_id    VARCHAR(100)  NOT NULL,
    before_json  TEXT,
    after_json   TEXT,
    reason       VARCHAR(2000),
    prev_hash    VARCHAR(64)   NOT NULL,
    entry_hash   VARCHAR(64)   NOT NULL
);
CREATE INDEX ix_audit_entity ON audit_entry (entity_type, entity_id);
CREATE INDEX ix_audit_time ON audit_entry (occurred_at);

CREATE TABLE audit_head (
    id          INTEGER     NOT NULL PRIMARY KEY,
    seq         BIGINT      NOT NULL,
    entry_hash  VARCHAR(64) NOT NULL
);
-- The genesis: seq 0 with a hash of 64 zeros, which the first entry names as its predecessor.
INSERT INTO audit_head (id, seq, entry_hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
