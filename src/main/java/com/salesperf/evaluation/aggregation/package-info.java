/**
 * Measure aggregation (DATA-FORMATS.md): the per-period measures of a whole population, or of one
 * rep, from the fact tables in set-based GROUP BY queries over plain JDBC, turned into the engine's
 * {@link com.salesperf.evaluation.control.RepInput}s with org context, base bonus and the previous
 * period's values. No fact row is loaded into Java one by one.
 */
package com.salesperf.evaluation.aggregation;
