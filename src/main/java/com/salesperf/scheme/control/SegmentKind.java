package com.salesperf.scheme.control;

/** How many of the given ranges cover a stretch of the number line: one, none, or several. */
public enum SegmentKind {
    BAND,
    GAP,
    OVERLAP
}
