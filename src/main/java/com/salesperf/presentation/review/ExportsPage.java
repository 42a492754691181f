package com.salesperf.presentation.review;

import com.salesperf.organization.entity.Role;
import com.salesperf.platform.boundary.Messages;
import com.salesperf.platform.control.BusinessException;
import com.salesperf.review.boundary.AuditPackages;
import com.salesperf.review.boundary.Payroll;
import com.salesperf.security.boundary.CurrentCaller;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.function.Supplier;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** One click for the audit package of a closed period, and finance's payroll export. */
@Named
@ViewScoped
public class ExportsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject transient CurrentCaller currentCaller;

    @Inject transient AuditPackages auditPackages;

    @Inject transient Payroll payroll;

    private String period = "2023Q3";

    public StreamedContent getAuditPackage() {
        return download(
                () -> auditPackages.export(currentCaller.get(), period),
                "application/zip",
                "audit-package-" + period + ".zip");
    }

    public StreamedContent getPayroll() {
        return download(
                () -> payroll.export(currentCaller.get(), period),
                "text/csv",
                "payroll-" + period + ".csv");
    }

    private static StreamedContent download(Supplier<byte[]> content, String type, String name) {
        try {
            byte[] bytes = content.get();
            return DefaultStreamedContent.builder()
                    .name(name)
                    .contentType(type)
                    .contentLength((long) bytes.length)
                    .stream(() -> new ByteArrayInputStream(bytes))
                    .build();
        } catch (BusinessException e) {
            Messages.of(e);
            return null;
        }
    }

    public boolean isAuditor() {
        return currentCaller.get().hasAny(Role.AUDITOR, Role.ADMIN, Role.HR);
    }

    public boolean isFinance() {
        return currentCaller.get().hasAny(Role.FINANCE, Role.ADMIN);
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }
}
