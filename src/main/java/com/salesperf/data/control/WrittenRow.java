package com.salesperf.data.control;

import java.util.Map;

/** A row as written: its id, whether it is new, the tracked column's old value and its values. */
public record WrittenRow(
        long id, boolean inserted, Object trackedBefore, Map<String, Object> values) {}
