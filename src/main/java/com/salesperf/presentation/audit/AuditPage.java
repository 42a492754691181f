package com.salesperf.presentation.audit;

import com.salesperf.audit.boundary.AuditLog;
import com.salesperf.audit.boundary.AuditTrail;
import com.salesperf.audit.boundary.ResultIntegrity;
import com.salesperf.audit.control.AuditRecord;
import com.salesperf.audit.control.ChainVerification;
import com.salesperf.audit.control.ResultVerification;
import com.salesperf.organization.control.PageRequest;
import com.salesperf.platform.boundary.Messages;
import com.salesperf.security.boundary.CurrentCaller;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The auditor's page: verify the chain on demand and browse the log. */
@Named
@ViewScoped
public class AuditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject transient CurrentCaller currentCaller;

    @Inject transient AuditTrail auditTrail;

    @Inject transient AuditLog auditLog;

    @Inject transient ResultIntegrity resultIntegrity;

    private ChainVerification verification;
    private ResultVerification resultVerification;
    private String search;

    private final LazyDataModel<AuditRecord> entries =
            new LazyDataModel<>() {
                private static final long serialVersionUID = 1L;

                @Override
                public int count(Map<String, FilterMeta> filters) {
                    return (int) auditLog.count(currentCaller.get(), request(0, 1, Map.of()));
                }

                @Override
                public List<AuditRecord> load(
                        int first,
                        int size,
                        Map<String, SortMeta> sort,
                        Map<String, FilterMeta> filters) {
                    return auditLog.page(currentCaller.get(), request(first, size, sort));
                }

                @Override
                public String getRowKey(AuditRecord row) {
                    return String.valueOf(row.seq());
                }
            };

    public void verify() {
        verification = auditTrail.verify(currentCaller.get());
        if (verification.intact()) {
            Messages.info("audit.verify.intact", verification.entriesChecked());
        } else {
            Messages.error("audit.verify.broken", verification.firstProblem().seq());
        }
    }

    public void verifyResults() {
        resultVerification = resultIntegrity.verify(currentCaller.get());
        if (resultVerification.intact()) {
            Messages.info(
                    "audit.results.intact",
                    resultVerification.resultsChecked(),
                    resultVerification.runsChecked());
        } else {
            Messages.error("audit.results.broken", resultVerification.problemCount());
        }
    }

    public ResultVerification getResultVerification() {
        return resultVerification;
    }

    private PageRequest request(int first, int size, Map<String, SortMeta> sort) {
        SortMeta order = sort.values().stream().findFirst().orElse(null);
        boolean ascending = order != null && order.getOrder() == SortOrder.ASCENDING;
        return new PageRequest(
                first, size, order == null ? "seq" : order.getField(), ascending, search);
    }

    public ChainVerification getVerification() {
        return verification;
    }

    public LazyDataModel<AuditRecord> getEntries() {
        return entries;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
