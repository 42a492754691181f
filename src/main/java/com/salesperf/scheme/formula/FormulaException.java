package com.salesperf.scheme.formula;

/** A formula that cannot be accepted: the text does not parse or is not well typed. */
public final class FormulaException extends RuntimeException {

    private final transient FormulaProblem problem;

    FormulaException(FormulaProblem problem) {
        super(problem.code() + ": " + problem.message());
        this.problem = problem;
    }

    public FormulaProblem problem() {
        return problem;
    }

    public FormulaError code() {
        return problem.code();
    }

    public int position() {
        return problem.position();
    }
}
