package com.salesperf.alert.control;

import java.time.Instant;

/** A stored 5W1H note, as text to be shown escaped. */
public record NoteRow(
        long id,
        String what,
        String why,
        String where,
        String when,
        String who,
        String how,
        String author,
        Instant createdAt) {}
