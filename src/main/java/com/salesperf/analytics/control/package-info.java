/**
 * The arithmetic of the analytics dashboards, free of frameworks: percentages and changes, the
 * sales funnel's conversions and warnings, the company goals check and completion buckets. The
 * figures themselves are aggregated in SQL by the boundary.
 */
package com.salesperf.analytics.control;
