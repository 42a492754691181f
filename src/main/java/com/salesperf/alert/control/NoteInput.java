package com.salesperf.alert.control;

import com.salesperf.platform.control.InvalidFieldException;

/**
 * A rep's note on the causes of a gap in 5W1H form: what happened and why are required; where,
 * when, who and how are optional. Stored as plain text and always shown escaped.
 */
public record NoteInput(
        String what, String why, String where, String when, String who, String how) {

    public static final int MAX_TEXT = 1000;

    public NoteInput {
        what = clean(what);
        why = clean(why);
        where = clean(where);
        when = clean(when);
        who = clean(who);
        how = clean(how);
    }

    /** Throws for the first field that is wrong; returns this input when all are right. */
    public NoteInput validated() {
        required("what", what);
        required("why", why);
        limit("what", what);
        limit("why", why);
        limit("where", where);
        limit("when", when);
        limit("who", who);
        limit("how", how);
        return this;
    }

    private static void required(String field, String value) {
        if (value == null) {
            throw new InvalidFieldException(field, "validation.required");
        }
    }

    private static void limit(String field, String value) {
        if (value != null && value.length() > MAX_TEXT) {
            throw new InvalidFieldException(field, "validation.maxLength", MAX_TEXT);
        }
    }

    private static String clean(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.strip();
    }
}
