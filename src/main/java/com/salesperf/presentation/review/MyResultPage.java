package com.salesperf.presentation.review;

import com.salesperf.platform.boundary.Messages;
import com.salesperf.platform.control.BusinessException;
import com.salesperf.review.boundary.Appeals;
import com.salesperf.review.boundary.ImprovementPlans;
import com.salesperf.review.control.AttachmentPolicy;
import com.salesperf.review.control.MyResult;
import com.salesperf.review.control.PlanRow;
import com.salesperf.security.boundary.CurrentCaller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The rep's published results: figures after any adjustment, acknowledge or appeal within the
 * window (with an optional PDF/PNG/JPEG of at most 2 MB), the outcome of an appeal, and the rep's
 * improvement plans. Laid out for a phone as well as a desktop.
 */
@Named
@ViewScoped
public class MyResultPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject transient CurrentCaller currentCaller;

    @Inject transient Appeals appeals;

    @Inject transient ImprovementPlans plans;

    private List<MyResult> results;
    private List<PlanRow> myPlans;
    private String text;
    private String attachmentName;
    private byte[] attachment;

    @PostConstruct
    void load() {
        results = appeals.mine(currentCaller.get());
        myPlans =
                currentCaller.get().employeeId() == null
                        ? List.of()
                        : plans.list(currentCaller.get(), 20);
    }

    public void acknowledge(MyResult result) {
        try {
            appeals.acknowledge(currentCaller.get(), result.id(), result.version());
            Messages.info("review.my.acknowledged");
        } catch (BusinessException e) {
            Messages.of(e);
        }
        load();
    }

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        byte[] content = file.getContent();
        AttachmentPolicy.check(content)
                .ifPresentOrElse(
                        p -> {
                            attachment = null;
                            attachmentName = null;
                            Messages.error(p.messageKey(), "2 MB");
                        },
                        () -> {
                            attachment = content;
                            attachmentName = AttachmentPolicy.safeName(file.getFileName());
                        });
    }

    public void appeal(MyResult result) {
        try {
            appeals.appeal(
                    currentCaller.get(),
                    result.id(),
                    result.version(),
                    text,
                    attachmentName,
                    attachment);
            text = null;
            attachment = null;
            attachmentName = null;
            Messages.info("review.my.appealed");
        } catch (BusinessException e) {
            Messages.of(e);
        }
        load();
    }

    public Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    public int getMaxBytes() {
        return AttachmentPolicy.MAX_BYTES;
    }

    public List<MyResult> getResults() {
        return results;
    }

    public List<PlanRow> getPlans() {
        return myPlans;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getAttachmentName() {
        return attachmentName;
    }
}
