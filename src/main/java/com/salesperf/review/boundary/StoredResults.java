package com.salesperf.review.boundary;

import com.salesperf.review.control.RepFigures;
import com.salesperf.review.control.ResultScope;
import com.salesperf.review.control.RunFacts;
import java.util.List;
import java.util.Optional;

/**
 * Review's read-only view of the evaluation component's runs and immutable results. Kept behind
 * this interface so that review does not depend on the evaluation entities while they are built in
 * parallel; {@link EvaluationResultTables} is the one implementation.
 */
public interface StoredResults {

    Optional<RunFacts> run(long runId);

    /** The newest completed runs (not previews), newest first. */
    List<RunFacts> completedRuns(int max);

    /** The completed run of the same scheme for the period before, if any. */
    Optional<RunFacts> previousRun(RunFacts run);

    /** The completed run that now stands for a period under a scheme (not a preview), if any. */
    Optional<RunFacts> currentRun(String periodCode, String schemeCode);

    List<RepFigures> results(long runId, ResultScope scope);

    Optional<RepFigures> result(long runId, long employeeId);

    /** The canonical JSON of a result as hashed: values, trace, versions, import batches. */
    Optional<String> resultJson(long runId, long employeeId);
}
