-- The evaluation runs (V5) are now on the same branch: review rows name existing runs only.
-- Results are addressed by (run, employee); their table has no key on those two columns, so that
-- reference stays checked by the application.
ALTER TABLE review_package ADD CONSTRAINT fk_review_package_run
    FOREIGN KEY (run_id) REFERENCES evaluation_run (id);
ALTER TABLE rep_result ADD CONSTRAINT fk_rep_result_run
    FOREIGN KEY (run_id) REFERENCES evaluation_run (id);
ALTER TABLE result_adjustment ADD CONSTRAINT fk_result_adjustment_run
    FOREIGN KEY (run_id) REFERENCES evaluation_run (id);
ALTER TABLE improvement_plan ADD CONSTRAINT fk_improvement_plan_run
    FOREIGN KEY (run_id) REFERENCES evaluation_run (id);
