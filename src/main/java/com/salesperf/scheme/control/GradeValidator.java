package com.salesperf.scheme.control;

import static com.salesperf.scheme.control.ValidationCode.DUPLICATE_GRADE;
import static com.salesperf.scheme.control.ValidationCode.GRADES_NONE;
import static com.salesperf.scheme.control.ValidationCode.GRADES_NO_FLOOR;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Every total from 0 to 100 must get exactly one grade. */
final class GradeValidator {

    private GradeValidator() {}

    static List<ValidationMessage> validate(List<GradeBand> grades) {
        if (grades.isEmpty()) {
            return List.of(ValidationMessage.of(GRADES_NONE, null, "The scheme has no grades"));
        }
        List<ValidationMessage> messages = new ArrayList<>();
        checkDuplicates(grades, messages);
        if (grades.stream().noneMatch(GradeValidator::isFloor)) {
            String text = "No grade starts at 0 or below, so a low total would get no grade";
            messages.add(ValidationMessage.of(GRADES_NO_FLOOR, null, text));
        }
        return messages;
    }

    private static boolean isFloor(GradeBand grade) {
        return grade.minInclusive() == null || grade.minInclusive().signum() <= 0;
    }

    private static void checkDuplicates(List<GradeBand> grades, List<ValidationMessage> messages) {
        Set<String> names = new HashSet<>();
        Set<BigDecimal> minimums = new java.util.TreeSet<>();
        boolean floorSeen = false;
        for (GradeBand grade : grades) {
            if (!names.add(grade.grade())) {
                messages.add(duplicate("Grade " + grade.grade() + " is defined twice", grade));
            }
            boolean sameMinimum =
                    grade.minInclusive() == null ? floorSeen : !minimums.add(grade.minInclusive());
            floorSeen |= grade.minInclusive() == null;
            if (sameMinimum) {
                messages.add(duplicate("Two grades start at the same score " + min(grade), grade));
            }
        }
    }

    private static ValidationMessage duplicate(String text, GradeBand grade) {
        return ValidationMessage.of(
                DUPLICATE_GRADE, null, text, "grade", grade.grade(), "minInclusive", min(grade));
    }

    private static String min(GradeBand grade) {
        return grade.minInclusive() == null ? "-inf" : Decimals.plain(grade.minInclusive());
    }
}
