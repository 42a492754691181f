package com.salesperf.presentation.scheme;

import com.salesperf.scheme.control.Band;
import java.io.Serializable;
import java.math.BigDecimal;

/** One scoring band as the editor's form holds it; an empty bound means infinite. */
public class BandDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private BigDecimal lower;
    private boolean lowerInclusive = true;
    private BigDecimal upper;
    private boolean upperInclusive;
    private BigDecimal score;
    private boolean adminChoice;
    private String note = "";

    public static BandDraft of(Band band) {
        BandDraft draft = new BandDraft();
        draft.lower = band.lower();
        draft.lowerInclusive = band.lowerInclusive();
        draft.upper = band.upper();
        draft.upperInclusive = band.upperInclusive();
        draft.score = band.score();
        draft.adminChoice = band.adminChoice();
        draft.note = band.note();
        return draft;
    }

    /** A missing score becomes 0 so that the rest can still be validated and drawn. */
    public Band toBand() {
        return new Band(
                lower,
                lowerInclusive,
                upper,
                upperInclusive,
                score == null ? BigDecimal.ZERO : score,
                adminChoice,
                note);
    }

    public BigDecimal getLower() {
        return lower;
    }

    public void setLower(BigDecimal lower) {
        this.lower = lower;
    }

    public boolean isLowerInclusive() {
        return lowerInclusive;
    }

    public void setLowerInclusive(boolean lowerInclusive) {
        this.lowerInclusive = lowerInclusive;
    }

    public BigDecimal getUpper() {
        return upper;
    }

    public void setUpper(BigDecimal upper) {
        this.upper = upper;
    }

    public boolean isUpperInclusive() {
        return upperInclusive;
    }

    public void setUpperInclusive(boolean upperInclusive) {
        this.upperInclusive = upperInclusive;
    }

    public BigDecimal getScore() {
        return score;
    }

    public void setScore(BigDecimal score) {
        this.score = score;
    }

    public boolean isAdminChoice() {
        return adminChoice;
    }

    public void setAdminChoice(boolean adminChoice) {
        this.adminChoice = adminChoice;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note == null ? "" : note;
    }
}
