-- Data imports and finance confirmation. Written once for H2 2.2 and PostgreSQL 15.

-- Finance confirms a period's sales and collections totals before the period may close. The
-- totals (and row counts) are kept as confirmed, so a later change of the data is detected by
-- comparing them with the current figures: the confirmation then no longer counts. A new
-- confirmation of the same period marks the earlier one superseded; history is kept.
CREATE SEQUENCE period_confirmation_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE period_confirmation (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    period_id          BIGINT        NOT NULL REFERENCES period (id),
    sales_total        NUMERIC(19,2) NOT NULL,
    sales_count        BIGINT        NOT NULL,
    collections_total  NUMERIC(19,2) NOT NULL,
    collections_count  BIGINT        NOT NULL,
    confirmed_by       VARCHAR(60)   NOT NULL,
    confirmed_at       TIMESTAMP     NOT NULL,
    superseded_at      TIMESTAMP,
    version            BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX ix_period_confirmation_period ON period_confirmation (period_id, confirmed_at);

-- The collections total of a period sums what was collected in it.
CREATE INDEX ix_receivable_collected ON receivable (collected_date);
-- Fact rows are traced back to the file that brought them.
CREATE INDEX ix_sale_import_batch ON sale (import_batch_id);

-- Org units and people imported from a file name their batch too, like the fact rows.
ALTER TABLE org_unit ADD COLUMN import_batch_id BIGINT REFERENCES import_batch (id);
ALTER TABLE employee ADD COLUMN import_batch_id BIGINT REFERENCES import_batch (id);
