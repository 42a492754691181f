package com.salesperf.data.control;

/** One column of an import kind: its header name, how its text is read, and what it refers to. */
public record Column(String name, CellType type, boolean required, RefKind ref) {

    public static Column required(String name, CellType type) {
        return new Column(name, type, true, null);
    }

    public static Column optional(String name, CellType type) {
        return new Column(name, type, false, null);
    }

    /** A reference by external name (at most 40 characters), resolved in bulk after parsing. */
    public static Column ref(String name, RefKind kind, boolean required) {
        return new Column(name, CellType.text(40), required, kind);
    }

    /** A period code that must name an existing period. */
    public static Column period(String name) {
        return new Column(name, CellType.period(), true, RefKind.PERIOD);
    }
}
