package com.salesperf.data.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

/** One data row after its cells were read: values by column name, null where the cell was empty. */
public final class TypedRow {

    private final int number;
    private final Map<String, Integer> index;
    private final Object[] values;

    TypedRow(int number, Map<String, Integer> index, Object[] values) {
        this.number = number;
        this.index = index;
        this.values = values;
    }

    public int number() {
        return number;
    }

    public Object get(String column) {
        Integer i = index.get(column);
        if (i == null) {
            throw new IllegalArgumentException("no column " + column);
        }
        return values[i];
    }

    public String text(String column) {
        return (String) get(column);
    }

    public BigDecimal decimal(String column) {
        return (BigDecimal) get(column);
    }

    public LocalDate date(String column) {
        return (LocalDate) get(column);
    }

    public LocalDateTime dateTime(String column) {
        return (LocalDateTime) get(column);
    }

    public boolean has(String column) {
        return get(column) != null;
    }
}
