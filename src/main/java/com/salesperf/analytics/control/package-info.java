/**
 * The arithmetic of the analytics dashboards, free of frameworks: percentages and changes, the
 * sales funnel's conversions and warnings, the company goals check, completion buckets, and the
 * neutralising of exported cells. The figures themselves are aggregated in SQL by the boundary.
 */
package com.salesperf.analytics.control;
