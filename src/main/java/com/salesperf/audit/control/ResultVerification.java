package com.salesperf.audit.control;

import java.util.List;

/**
 * The outcome of verifying every stored result and run hash.
 *
 * @param problems the first problems found, in run and position order (at most a page of them)
 * @param problemCount how many there are in all
 */
public record ResultVerification(
        long runsChecked, long resultsChecked, List<ResultProblem> problems, long problemCount) {

    public ResultVerification {
        problems = List.copyOf(problems);
    }

    public boolean intact() {
        return problemCount == 0;
    }
}
