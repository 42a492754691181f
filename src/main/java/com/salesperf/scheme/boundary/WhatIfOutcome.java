package com.salesperf.scheme.boundary;

import com.salesperf.evaluation.control.EvaluationResults;
import com.salesperf.scheme.control.Population;

/**
 * The same period evaluated twice: with the stored current definitions and with the edited ones.
 *
 * @param population who was evaluated: the stored scheme version's population rule (an edit keeps
 *     it, so both sides evaluate the same reps)
 */
public record WhatIfOutcome(
        String periodCode,
        Population population,
        EvaluationResults before,
        EvaluationResults after) {}
