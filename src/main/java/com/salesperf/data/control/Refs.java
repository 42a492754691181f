package com.salesperf.data.control;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The ids behind the external names a file uses, loaded in bulk (one query per thousand names),
 * plus the ids of rows the file itself defines (a manager or parent unit earlier in the file).
 * {@code extra} carries what some checks need: an order's rep, an org unit's kind.
 */
public final class Refs {

    /** An id and, for orders, the rep's employee id; for org units, the unit kind. */
    public record Target(long id, Object extra) {}

    private final Map<RefKind, Map<String, Target>> known = new EnumMap<>(RefKind.class);

    public void put(RefKind kind, String name, long id, Object extra) {
        known.computeIfAbsent(kind, k -> new HashMap<>()).put(name, new Target(id, extra));
    }

    public boolean has(RefKind kind, String name) {
        return known.getOrDefault(kind, Map.of()).containsKey(name);
    }

    /** The id of a name that was checked to exist; null for a null name (an empty cell). */
    public Long id(RefKind kind, String name) {
        if (name == null) {
            return null;
        }
        Target target = known.getOrDefault(kind, Map.of()).get(name);
        if (target == null) {
            throw new IllegalStateException("unresolved " + kind + " reference");
        }
        return target.id();
    }

    public Object extra(RefKind kind, String name) {
        Target target = known.getOrDefault(kind, Map.of()).get(name);
        return target == null ? null : target.extra();
    }
}
