package com.salesperf.analytics.boundary;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A native SQL statement assembled in pieces with its positional parameters in order, so a query
 * built from optional parts never miscounts its placeholders. Also reads the loosely typed cells of
 * native results (H2 and PostgreSQL return different number classes).
 */
final class Sql {

    private final StringBuilder text = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    Sql append(String part, Object... values) {
        text.append(part);
        for (Object value : values) {
            parameters.add(value instanceof LocalDate day ? Date.valueOf(day) : value);
        }
        return this;
    }

    Sql append(Sql other) {
        text.append(other.text);
        parameters.addAll(other.parameters);
        return this;
    }

    List<Object[]> rows(EntityManager em) {
        return cells(query(em).getResultList());
    }

    List<Object[]> rows(EntityManager em, int max) {
        return cells(query(em).setMaxResults(max).getResultList());
    }

    List<Object[]> rows(EntityManager em, int first, int max) {
        return cells(query(em).setFirstResult(first).setMaxResults(max).getResultList());
    }

    /** A native query of one column returns the bare values; make every row an array. */
    private static List<Object[]> cells(List<?> results) {
        return results.stream()
                .map(r -> r instanceof Object[] array ? array : new Object[] {r})
                .toList();
    }

    Object[] row(EntityManager em) {
        List<Object[]> rows = rows(em);
        return rows.get(0);
    }

    private Query query(EntityManager em) {
        String sql = text.toString();
        StringBuilder numbered = new StringBuilder();
        int index = 0;
        for (char c : sql.toCharArray()) {
            if (c == '?') {
                numbered.append('?').append(++index);
            } else {
                numbered.append(c);
            }
        }
        Query query = em.createNativeQuery(numbered.toString());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    static BigDecimal decimal(Object cell) {
        if (cell == null) {
            return null;
        }
        return cell instanceof BigDecimal d ? d : new BigDecimal(cell.toString());
    }

    static BigDecimal rounded(Object cell, int scale) {
        BigDecimal value = decimal(cell);
        return value == null ? null : value.setScale(scale, RoundingMode.HALF_UP);
    }

    static long count(Object cell) {
        return cell == null ? 0 : ((Number) cell).longValue();
    }

    static String text(Object cell) {
        return cell == null ? null : cell.toString();
    }
}
