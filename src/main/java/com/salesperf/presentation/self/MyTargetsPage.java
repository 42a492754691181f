package com.salesperf.presentation.self;

import com.salesperf.platform.boundary.Messages;
import com.salesperf.platform.boundary.Texts;
import com.salesperf.platform.control.BusinessException;
import com.salesperf.presentation.shell.PdfDownload;
import com.salesperf.security.boundary.CurrentCaller;
import com.salesperf.security.control.Caller;
import com.salesperf.targets.boundary.TargetLetters;
import com.salesperf.targets.boundary.Targets;
import com.salesperf.targets.control.TargetRow;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.StreamedContent;

/** "My targets": the rep's own targets, newest period first, with their acknowledgement. */
@Named
@ViewScoped
public class MyTargetsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject transient CurrentCaller currentCaller;

    @Inject transient Targets targets;

    @Inject transient TargetLetters letters;

    private List<TargetRow> rows = List.of();

    @PostConstruct
    void load() {
        rows = targets.mine(currentCaller.get());
    }

    public void acknowledge(TargetRow row) {
        try {
            targets.acknowledge(currentCaller.get(), row.id());
            Messages.info("myTargets.acknowledged", row.periodCode());
            load();
        } catch (BusinessException e) {
            Messages.of(e);
        }
    }

    /** The target responsibility letter of the row's period, in the page's language. */
    public StreamedContent letter(String periodCode) {
        Caller caller = currentCaller.get();
        try {
            byte[] pdf = letters.ownPdf(caller, periodCode, Texts.currentLocale());
            return PdfDownload.of(pdf, "target-letter-" + periodCode + ".pdf");
        } catch (BusinessException e) {
            Messages.of(e);
            return null;
        }
    }

    public java.util.Date when(java.time.Instant instant) {
        return instant == null ? null : java.util.Date.from(instant);
    }

    public List<TargetRow> getRows() {
        return rows;
    }
}
