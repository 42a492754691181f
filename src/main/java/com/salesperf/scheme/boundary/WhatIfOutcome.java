package com.salesperf.scheme.boundary;

import com.salesperf.evaluation.control.EvaluationResults;

/**
 * The same period evaluated twice: with the stored current definitions and with the edited ones.
 */
public record WhatIfOutcome(String periodCode, EvaluationResults before, EvaluationResults after) {}
