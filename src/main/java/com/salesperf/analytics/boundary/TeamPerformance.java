package com.salesperf.analytics.boundary;

import com.salesperf.analytics.control.Performance;
import com.salesperf.analytics.control.TeamQuery;
import com.salesperf.organization.entity.OrgUnit;
import com.salesperf.organization.entity.Role;
import com.salesperf.period.control.PeriodCode;
import com.salesperf.platform.control.AccessDeniedException;
import com.salesperf.platform.control.PdfTexts;
import com.salesperf.security.control.Caller;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The manager's team table: every rep of the caller's scope with target and actual sales of a
 * period, filtered, sorted and paged in the database. Managers see their subtree, the back office
 * the company; reps have their own dashboard instead.
 */
@Stateless
public class TeamPerformance {

    @PersistenceContext EntityManager em;

    /** A PDF of more rows is no longer read on paper; the spreadsheet exports have them all. */
    public static final int PDF_ROWS = 5000;

    @Inject AnalyticsAccess access;

    public List<TeamRow> page(Caller caller, TeamQuery query) {
        Sql sql =
                new Sql()
                        .append(
                                "SELECT b.rep_id, b.employee_no, b.rep_name, b.team_code, b.team_zh,"
                                        + " b.team_en, b.region_zh, b.region_en, b.tgt, b.act FROM (")
                        .append(base(caller, query))
                        .append(query.orderBy());
        return sql.rows(em, query.first(), query.size()).stream()
                .map(TeamPerformance::row)
                .toList();
    }

    /**
     * The table as PDF: the query's filter and sort, from the first row, at most {@link #PDF_ROWS}
     * rows (the PDF says when there are more), with the given columns in their order.
     */
    public byte[] pdf(Caller caller, TeamQuery query, List<TeamColumn> columns, Locale locale) {
        TeamQuery all =
                new TeamQuery(
                        query.periodCode(),
                        query.text(),
                        query.teamId(),
                        0,
                        PDF_ROWS,
                        query.sortField(),
                        query.ascending());
        List<TeamRow> rows = page(caller, all);
        long total = rows.size() < PDF_ROWS ? rows.size() : count(caller, all);
        return TeamTablePdf.of(
                rows,
                columns,
                total,
                query.periodCode(),
                filters(query, locale),
                PdfTexts.of(locale),
                caller.username(),
                Instant.now());
    }

    private List<String> filters(TeamQuery query, Locale locale) {
        List<String> filters = new ArrayList<>();
        if (query.teamId() != null) {
            OrgUnit team = em.find(OrgUnit.class, query.teamId());
            if (team != null) {
                filters.add(team.getCode() + " " + team.name(locale));
            }
        }
        if (query.text() != null && !query.text().isBlank()) {
            filters.add("\"" + query.text().strip() + "\"");
        }
        return filters;
    }

    public long count(Caller caller, TeamQuery query) {
        return Sql.count(
                new Sql().append("SELECT COUNT(*) FROM (").append(base(caller, query)).row(em)[0]);
    }

    private Sql base(Caller caller, TeamQuery query) {
        requireTeamReader(caller);
        PeriodCode period = AnalyticsAccess.period(query.periodCode());
        Sql sql =
                new Sql()
                        .append(RepFigures.of(period, access.slice(caller, query.teamId())))
                        .append(") b WHERE 1 = 1");
        String pattern = query.likePattern();
        if (pattern != null) {
            sql.append(
                    " AND (LOWER(b.employee_no) LIKE ? ESCAPE '\\' OR LOWER(b.rep_name) LIKE ?"
                            + " ESCAPE '\\')",
                    pattern,
                    pattern);
        }
        return sql;
    }

    private static void requireTeamReader(Caller caller) {
        if (!caller.hasAny(Role.MANAGER, Role.HR, Role.ADMIN, Role.AUDITOR, Role.FINANCE)) {
            throw new AccessDeniedException("team performance");
        }
    }

    private static TeamRow row(Object[] r) {
        return new TeamRow(
                new Performance(
                        Sql.count(r[0]),
                        Sql.text(r[1]),
                        Sql.text(r[2]),
                        Sql.text(r[2]),
                        1,
                        Sql.decimal(r[8]),
                        Sql.decimal(r[9])),
                Sql.text(r[3]),
                Sql.text(r[4]),
                Sql.text(r[5]),
                Sql.text(r[6]),
                Sql.text(r[7]));
    }
}
