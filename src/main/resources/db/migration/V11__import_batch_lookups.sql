-- Which import batches a period's fact rows came from (the trace of every result) is asked by
-- batch: one index probe per batch and fact table, instead of reading every fact row of the
-- period. Written for H2 2.2 and PostgreSQL 15 alike.
DROP INDEX ix_sale_import_batch;
CREATE INDEX ix_sale_import_batch ON sale (import_batch_id, signed_date);
CREATE INDEX ix_receivable_import_batch ON receivable (import_batch_id, due_date);
CREATE INDEX ix_feedback_import_batch ON feedback (import_batch_id, feedback_date);
CREATE INDEX ix_activity_import_batch ON activity (import_batch_id, activity_date);
CREATE INDEX ix_opportunity_import_batch ON opportunity (import_batch_id, created_date);
CREATE INDEX ix_training_import_batch ON training (import_batch_id, completion_date);
CREATE INDEX ix_compliance_incident_import_batch ON compliance_incident (import_batch_id, incident_date);
