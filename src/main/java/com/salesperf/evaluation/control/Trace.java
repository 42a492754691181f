package com.salesperf.evaluation.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The ordered explanation of a result: every value used and every rule applied. */
public record Trace(List<TraceEntry> entries) {

    public Trace {
        entries = List.copyOf(entries);
    }

    public static Trace empty() {
        return new Trace(List.of());
    }

    public Trace then(Trace next) {
        List<TraceEntry> all = new ArrayList<>(entries);
        all.addAll(next.entries);
        return new Trace(all);
    }

    public boolean contains(TraceCode code) {
        return entries.stream().anyMatch(entry -> entry.code() == code);
    }

    public List<TraceEntry> all(TraceCode code) {
        return entries.stream().filter(entry -> entry.code() == code).toList();
    }

    public Optional<TraceEntry> first(TraceCode code) {
        return entries.stream().filter(entry -> entry.code() == code).findFirst();
    }
}
