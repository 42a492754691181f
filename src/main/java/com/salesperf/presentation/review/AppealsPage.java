package com.salesperf.presentation.review;

import com.salesperf.platform.boundary.Messages;
import com.salesperf.platform.control.BusinessException;
import com.salesperf.review.boundary.Appeals;
import com.salesperf.review.control.AdjustableFigure;
import com.salesperf.review.control.MyResult;
import com.salesperf.security.boundary.CurrentCaller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * HR decides open appeals in writing: uphold with one changed figure (a new version of the result)
 * or dismiss.
 */
@Named
@ViewScoped
public class AppealsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject transient CurrentCaller currentCaller;

    @Inject transient Appeals appeals;

    private List<MyResult> open;
    private String decision;
    private AdjustableFigure field = AdjustableFigure.BONUS;
    private String value;

    @PostConstruct
    void load() {
        try {
            open = appeals.openAppeals(currentCaller.get());
        } catch (BusinessException e) {
            open = List.of();
            Messages.of(e);
        }
    }

    public void uphold(MyResult result) {
        try {
            appeals.uphold(
                    currentCaller.get(),
                    result.id(),
                    result.version(),
                    decision,
                    value == null || value.isBlank() ? Map.of() : Map.of(field, value));
            Messages.info("review.appeal.upheld");
            decision = null;
            value = null;
        } catch (BusinessException e) {
            Messages.of(e);
        }
        load();
    }

    public void dismiss(MyResult result) {
        try {
            appeals.dismiss(currentCaller.get(), result.id(), result.version(), decision);
            Messages.info("review.appeal.dismissed");
            decision = null;
        } catch (BusinessException e) {
            Messages.of(e);
        }
        load();
    }

    /** The appeal's attachment as a download (the API does not use the page session). */
    public StreamedContent attachment(MyResult result) {
        Appeals.Attachment file = appeals.attachment(currentCaller.get(), result.id());
        return DefaultStreamedContent.builder()
                .name(file.name())
                .contentType(file.mediaType())
                .contentLength((long) file.data().length)
                .stream(() -> new ByteArrayInputStream(file.data()))
                .build();
    }

    public List<AdjustableFigure> getFields() {
        return List.of(AdjustableFigure.values());
    }

    public List<MyResult> getOpen() {
        return open;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
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
}
