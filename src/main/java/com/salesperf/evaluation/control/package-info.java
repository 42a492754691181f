/**
 * The evaluation engine: scores a rep's measures against a scheme (indicator values, bands,
 * weights, total, grade), ranks a population ("1224" competition ranking by company, region and
 * team), assigns incentive tiers and computes bonuses, and records a language-neutral trace of
 * every rule used. Results serialise to canonical JSON so that a SHA-256 over them detects any
 * later change. Pure JDK, deterministic, exact decimal arithmetic; each step is usable alone so a
 * batch job can score in chunks, rank the whole population, then pay.
 */
package com.salesperf.evaluation.control;
