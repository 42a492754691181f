package com.salesperf.presentation.review;

import com.salesperf.platform.boundary.Messages;
import com.salesperf.platform.boundary.Texts;
import com.salesperf.platform.control.BusinessException;
import com.salesperf.presentation.shell.PdfDownload;
import com.salesperf.review.boundary.Adjustments;
import com.salesperf.review.boundary.Reviews;
import com.salesperf.review.boundary.SubmissionPackages;
import com.salesperf.review.control.AdjustableFigure;
import com.salesperf.review.control.ReviewAction;
import com.salesperf.review.control.SubmissionView;
import com.salesperf.security.boundary.CurrentCaller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.primefaces.model.StreamedContent;

/**
 * One review package: the HR submission package (distribution, budget, changes, adjustments,
 * signature block), its history, the manager's adjustments and the workflow buttons. Each step
 * sends the version shown, so a step on a stale page is refused with "changed by X, reload".
 */
@Named
@ViewScoped
public class PackagePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject transient CurrentCaller currentCaller;

    @Inject transient Reviews reviews;

    @Inject transient SubmissionPackages submissions;

    @Inject transient Adjustments adjustments;

    private long id;
    private SubmissionView view;
    private String comment;
    private Long employeeId;
    private AdjustableFigure field = AdjustableFigure.QUALITATIVE_SCORE;
    private String value;
    private String reason;
    private String reopenReason;

    @PostConstruct
    void load() {
        Map<String, String> params =
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        try {
            id = Long.parseLong(params.getOrDefault("id", "-1"));
            view = submissions.of(currentCaller.get(), id);
        } catch (NumberFormatException e) {
            view = null;
        } catch (BusinessException e) {
            view = null;
            Messages.of(e);
        }
    }

    public void submit() {
        act(ReviewAction.SUBMIT);
    }

    public void approve() {
        act(ReviewAction.APPROVE);
    }

    public void reject() {
        act(ReviewAction.REJECT);
    }

    public void publish() {
        act(ReviewAction.PUBLISH);
    }

    /** HR reopens the approved package with the reason typed in the dialog. */
    public void reopen() {
        try {
            reviews.reopen(currentCaller.get(), id, view.pack().version(), reopenReason);
            reopenReason = null;
            reload();
            PrimeFaces.current().ajax().addCallbackParam("reopened", true);
            Messages.info("review.done.REOPEN");
        } catch (BusinessException e) {
            Messages.of(e);
        }
    }

    /** Reloads the package, e.g. after "changed by X". */
    public void reload() {
        view = submissions.of(currentCaller.get(), id);
    }

    private void act(ReviewAction action) {
        try {
            reviews.act(currentCaller.get(), id, action, view.pack().version(), comment);
            comment = null;
            reload();
            Messages.info("review.done." + action.name());
        } catch (BusinessException e) {
            Messages.of(e);
        }
    }

    public void adjust() {
        try {
            adjustments.adjust(currentCaller.get(), id, employeeId, field, value, reason);
            value = null;
            reason = null;
            reload();
            Messages.info("review.adjust.done");
        } catch (BusinessException e) {
            Messages.of(e);
        }
    }

    /**
     * The PDF evaluation report of this package, with the signature block, in the language the page
     * is shown in.
     */
    public StreamedContent getReport() {
        byte[] pdf = submissions.reportPdf(currentCaller.get(), id, Texts.currentLocale());
        return PdfDownload.of(pdf, "evaluation-report-" + id + ".pdf");
    }

    public Date date(java.time.Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    public List<AdjustableFigure> getFields() {
        return List.of(AdjustableFigure.values());
    }

    public SubmissionView getView() {
        return view;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public Long getEmployeeId() {
        return employeeId;
    }

    public void setEmployeeId(Long employeeId) {
        this.employeeId = employeeId;
    }

    public AdjustableFigure getField() {
        return field;
    }

    public void setField(AdjustableFigure field) {
        this.field = field;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public String getReopenReason() {
        return reopenReason;
    }

    public void setReopenReason(String reopenReason) {
        this.reopenReason = reopenReason;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
