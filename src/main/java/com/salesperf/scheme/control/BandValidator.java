package com.salesperf.scheme.control;

import static com.salesperf.scheme.control.ValidationCode.BAND_ADMIN_CHOICE;
import static com.salesperf.scheme.control.ValidationCode.BAND_EMPTY;
import static com.salesperf.scheme.control.ValidationCode.BAND_GAP;
import static com.salesperf.scheme.control.ValidationCode.BAND_NONE;
import static com.salesperf.scheme.control.ValidationCode.BAND_OVERLAP;
import static com.salesperf.scheme.control.ValidationCode.SCORE_OUT_OF_RANGE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Bands must cover (-inf, +inf) once, with scores on the 0-100 scale. */
final class BandValidator {

    private BandValidator() {}

    static List<ValidationMessage> validate(String indicator, List<Band> bands) {
        if (bands.isEmpty()) {
            return List.of(
                    ValidationMessage.of(
                            BAND_NONE, indicator, "The indicator has no scoring bands"));
        }
        List<ValidationMessage> messages = new ArrayList<>();
        bands.forEach(band -> checkBand(indicator, band, messages));
        for (CoverageSegment segment : Coverage.of(bands.stream().map(Band::interval).toList())) {
            checkSegment(indicator, bands, segment, messages);
        }
        return messages;
    }

    static boolean isValidScore(BigDecimal score) {
        return score.signum() >= 0 && score.compareTo(Decimals.HUNDRED) <= 0;
    }

    private static void checkBand(String indicator, Band band, List<ValidationMessage> messages) {
        String range = band.interval().format();
        String score = Decimals.plain(band.score());
        if (band.interval().isEmpty()) {
            messages.add(
                    ValidationMessage.of(
                            BAND_EMPTY,
                            indicator,
                            "Band " + range + " contains no value",
                            "band",
                            range));
        }
        if (!isValidScore(band.score())) {
            String text = "Band " + range + " scores " + score + ", outside 0-100";
            messages.add(
                    ValidationMessage.of(
                            SCORE_OUT_OF_RANGE,
                            indicator,
                            text,
                            "band",
                            range,
                            "score",
                            score,
                            "where",
                            "band"));
        }
        if (band.adminChoice()) {
            String text =
                    "Band "
                            + range
                            + " → "
                            + score
                            + " was chosen by an administrator, not taken from the source";
            messages.add(
                    ValidationMessage.of(
                            BAND_ADMIN_CHOICE,
                            indicator,
                            text,
                            "band",
                            range,
                            "score",
                            score,
                            "note",
                            band.note()));
        }
    }

    private static void checkSegment(
            String indicator,
            List<Band> bands,
            CoverageSegment segment,
            List<ValidationMessage> messages) {
        String range = segment.interval().format();
        if (segment.kind() == SegmentKind.GAP) {
            messages.add(
                    ValidationMessage.of(
                            BAND_GAP, indicator, "No band covers " + range, "interval", range));
        } else if (segment.kind() == SegmentKind.OVERLAP) {
            String overlapping =
                    segment.indexes().stream()
                            .map(i -> bands.get(i).interval().format())
                            .collect(Collectors.joining(" and "));
            String text = "Bands " + overlapping + " overlap on " + range;
            messages.add(
                    ValidationMessage.of(
                            BAND_OVERLAP,
                            indicator,
                            text,
                            "interval",
                            range,
                            "bands",
                            overlapping));
        }
    }
}
