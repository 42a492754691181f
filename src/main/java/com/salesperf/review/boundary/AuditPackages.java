package com.salesperf.review.boundary;

import com.salesperf.audit.boundary.AuditTrail;
import com.salesperf.audit.control.AuditEvent;
import com.salesperf.audit.control.AuditRecord;
import com.salesperf.audit.control.CheckpointFile;
import com.salesperf.audit.entity.AuditEntry;
import com.salesperf.data.entity.ImportBatch;
import com.salesperf.organization.entity.Role;
import com.salesperf.period.entity.Period;
import com.salesperf.period.entity.PeriodStatus;
import com.salesperf.platform.control.AccessDeniedException;
import com.salesperf.platform.control.BusinessException;
import com.salesperf.platform.control.NotFoundException;
import com.salesperf.review.control.AdjustmentRow;
import com.salesperf.review.control.PackageArchive;
import com.salesperf.review.control.RepFigures;
import com.salesperf.review.control.ResultScope;
import com.salesperf.review.control.ResultSheets;
import com.salesperf.review.control.RunFacts;
import com.salesperf.review.entity.ReviewPackage;
import com.salesperf.review.entity.ReviewStep;
import com.salesperf.scheme.entity.PlanVersion;
import com.salesperf.scheme.entity.SchemeVersion;
import com.salesperf.security.control.Caller;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The audit package of a closed period (SPEC §11): results as xlsx and csv, the calculation traces,
 * the scheme and plan versions, the import records, the review steps and adjustments, the period's
 * audit entries and the latest checkpoint, with a SHA-256 manifest of every file. Exporting it is
 * itself audited.
 */
@Stateless
public class AuditPackages {

    private static final ZoneId COMPANY_ZONE = ZoneId.of("Asia/Shanghai");

    @PersistenceContext EntityManager em;

    @Inject StoredResults results;

    @Inject Adjustments adjustments;

    @Inject AuditTrail auditTrail;

    @Inject CheckpointFile checkpoints;

    /** The zip of a closed period, for auditors, administrators and HR. */
    public byte[] export(Caller caller, String periodCode) {
        if (!caller.hasAny(Role.AUDITOR, Role.ADMIN)
                && !(caller.has(Role.HR) && caller.scopeOrgUnitId() == null)) {
            throw new AccessDeniedException("audit package");
        }
        Period period = period(periodCode);
        if (period.getStatus() != PeriodStatus.CLOSED) {
            throw new BusinessException(
                    "review.auditPackage.notClosed",
                    "period " + period.getCode() + " is not closed",
                    period.getCode());
        }
        List<RunFacts> runs = runsOf(period.getCode());
        PackageArchive archive = new PackageArchive();
        addResults(archive, runs);
        addDefinitions(archive, runs);
        archive.add("imports.csv", imports());
        addReview(archive, runs);
        Instant from = period.getStartDate().atStartOfDay(COMPANY_ZONE).toInstant();
        archive.add("audit-entries.json", json(auditEntriesSince(from)));
        archive.add(
                "checkpoint.txt",
                checkpoints.latest().map(c -> c.toLine() + "\n").orElse("no checkpoint yet\n"));
        byte[] zip = archive.zip();
        auditTrail.record(
                AuditEvent.of(
                                caller.username(),
                                "AUDIT_PACKAGE_EXPORTED",
                                "Period",
                                period.getCode())
                        .after("{\"runs\":" + runs.size() + "}"));
        return zip;
    }

    private List<RunFacts> runsOf(String periodCode) {
        return results.completedRuns(500).stream()
                .filter(r -> r.periodCode().equals(periodCode))
                .toList();
    }

    private void addResults(PackageArchive archive, List<RunFacts> runs) {
        List<ResultSheets.RunRows> rows = new ArrayList<>();
        StringBuilder traces = new StringBuilder("[");
        for (RunFacts run : runs) {
            List<AdjustmentRow> changes = adjustments.ofRun(run.runId());
            List<RepFigures> computed = results.results(run.runId(), ResultScope.company());
            Set<Long> adjusted =
                    changes.stream().map(AdjustmentRow::employeeId).collect(Collectors.toSet());
            rows.add(
                    new ResultSheets.RunRows(
                            run.runId(),
                            SubmissionPackages.effective(computed, changes),
                            adjusted));
            for (RepFigures r : computed) {
                results.resultJson(run.runId(), r.employeeId())
                        .ifPresent(
                                json ->
                                        traces.append(traces.length() > 1 ? ",\n" : "\n")
                                                .append("{\"runId\":")
                                                .append(run.runId())
                                                .append(",\"employeeNo\":")
                                                .append(jsonString(r.employeeNo()))
                                                .append(",\"resultHash\":")
                                                .append(jsonString(r.resultHash()))
                                                .append(",\"result\":")
                                                .append(json)
                                                .append('}'));
            }
        }
        archive.add("results.csv", ResultSheets.csv(rows));
        archive.add("results.xlsx", ResultSheets.xlsx(rows));
        archive.add("traces.json", traces.append("\n]\n").toString());
        List<List<Object>> changeRows = new ArrayList<>();
        for (RunFacts run : runs) {
            for (AdjustmentRow a : adjustments.ofRun(run.runId())) {
                changeRows.add(
                        List.of(
                                a.runId(),
                                a.employeeId(),
                                a.field().name(),
                                nullToEmpty(a.originalValue()),
                                a.adjustedValue(),
                                a.reason(),
                                a.adjustedBy(),
                                a.adjustedAt().toString(),
                                a.resultVersion(),
                                a.appealId() == null ? "" : a.appealId().toString(),
                                a.supersedesId() == null ? "" : a.supersedesId().toString()));
            }
        }
        archive.add(
                "adjustments.csv",
                ResultSheets.csv(
                        List.of(
                                "run_id",
                                "employee_id",
                                "figure",
                                "original",
                                "adjusted",
                                "reason",
                                "by",
                                "at",
                                "result_version",
                                "appeal_id",
                                "supersedes_id"),
                        changeRows));
    }

    private void addDefinitions(PackageArchive archive, List<RunFacts> runs) {
        Set<Long> schemes = new TreeSet<>();
        Set<Long> plans = new TreeSet<>();
        runs.forEach(
                r -> {
                    schemes.add(r.schemeVersionId());
                    plans.add(r.planVersionId());
                });
        for (Long id : schemes) {
            SchemeVersion s = em.find(SchemeVersion.class, id);
            if (s != null) {
                archive.add(
                        "schemes/" + s.getCode() + "-v" + s.getVersion() + ".json",
                        s.getDefinitionJson());
            }
        }
        for (Long id : plans) {
            PlanVersion p = em.find(PlanVersion.class, id);
            if (p != null) {
                archive.add(
                        "plans/" + p.getCode() + "-v" + p.getVersion() + ".json",
                        p.getDefinitionJson());
            }
        }
    }

    private byte[] imports() {
        List<List<Object>> rows =
                em.createQuery("SELECT b FROM ImportBatch b ORDER BY b.id", ImportBatch.class)
                        .getResultStream()
                        .map(
                                b ->
                                        List.<Object>of(
                                                b.getId(),
                                                b.getKind(),
                                                b.getFileName(),
                                                b.getFileSha256(),
                                                b.getImportedBy(),
                                                b.getImportedAt().toString(),
                                                b.getRowCount()))
                        .toList();
        return ResultSheets.csv(
                List.of(
                        "batch_id",
                        "kind",
                        "file_name",
                        "file_sha256",
                        "imported_by",
                        "imported_at",
                        "rows"),
                rows);
    }

    private void addReview(PackageArchive archive, List<RunFacts> runs) {
        List<List<Object>> rows = new ArrayList<>();
        for (RunFacts run : runs) {
            for (ReviewPackage p :
                    em.createNamedQuery("ReviewPackage.findByRun", ReviewPackage.class)
                            .setParameter("run", run.runId())
                            .getResultList()) {
                for (ReviewStep s :
                        em.createNamedQuery("ReviewStep.findByPackage", ReviewStep.class)
                                .setParameter("package", p.getId())
                                .getResultList()) {
                    rows.add(
                            List.of(
                                    run.runId(),
                                    p.getId(),
                                    p.getOrgUnitId(),
                                    s.getAction().name(),
                                    s.getActor(),
                                    s.getActedAt().toString(),
                                    nullToEmpty(s.getComment())));
                }
            }
        }
        archive.add(
                "review-steps.csv",
                ResultSheets.csv(
                        List.of(
                                "run_id",
                                "package_id",
                                "org_unit_id",
                                "step",
                                "by",
                                "at",
                                "comment"),
                        rows));
    }

    private List<AuditRecord> auditEntriesSince(Instant from) {
        return em.createQuery(
                        "SELECT a FROM AuditEntry a WHERE a.occurredAt >= :from ORDER BY a.seq",
                        AuditEntry.class)
                .setParameter("from", from)
                .getResultStream()
                .map(AuditEntry::toRecord)
                .toList();
    }

    private Period period(String code) {
        return em.createNamedQuery("Period.findByCode", Period.class)
                .setParameter("code", code == null ? "" : code.strip())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("period " + code));
    }

    private static String json(Object value) {
        try (Jsonb jsonb = JsonbBuilder.create()) {
            return jsonb.toJson(value);
        } catch (Exception e) {
            throw new IllegalStateException("could not write JSON", e);
        }
    }

    private static String jsonString(String text) {
        return json(text == null ? "" : text);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
