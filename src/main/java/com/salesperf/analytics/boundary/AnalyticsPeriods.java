package com.salesperf.analytics.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;

/** The periods a dashboard can show: every period of the calendar, newest first. */
@Stateless
public class AnalyticsPeriods {

    @PersistenceContext EntityManager em;

    /** Codes of the given type (QUARTER, MONTH, HALF_YEAR, YEAR), newest first. */
    public List<String> codes(String type) {
        return em.createQuery(
                        "SELECT p.code FROM Period p WHERE p.type = :type ORDER BY p.startDate DESC",
                        String.class)
                .setParameter("type", com.salesperf.period.entity.PeriodType.valueOf(type))
                .getResultList();
    }

    /** The newest quarter that has ended by today, else the newest quarter there is. */
    public String defaultQuarter(LocalDate today) {
        List<String> ended =
                em.createQuery(
                                "SELECT p.code FROM Period p WHERE p.type = :type"
                                        + " AND p.endDate < :today ORDER BY p.startDate DESC",
                                String.class)
                        .setParameter("type", com.salesperf.period.entity.PeriodType.QUARTER)
                        .setParameter("today", today)
                        .setMaxResults(1)
                        .getResultList();
        if (!ended.isEmpty()) {
            return ended.get(0);
        }
        List<String> all = codes("QUARTER");
        return all.isEmpty() ? null : all.get(0);
    }
}
