package com.salesperf.presentation.team;

import com.salesperf.analytics.boundary.AnalyticsPeriods;
import com.salesperf.platform.boundary.Messages;
import com.salesperf.platform.boundary.Texts;
import com.salesperf.platform.control.BusinessException;
import com.salesperf.presentation.shell.PdfDownload;
import com.salesperf.security.boundary.CurrentCaller;
import com.salesperf.targets.boundary.TargetLetters;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.StreamedContent;

/**
 * The manager's download of a rep's target responsibility letter: the boundary checks that the rep
 * is in the caller's scope, so a typed employee number of another region finds nothing.
 */
@Named
@ViewScoped
public class TargetLetterPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject transient CurrentCaller currentCaller;
    @Inject transient TargetLetters letters;
    @Inject transient AnalyticsPeriods periods;

    private final List<String> periodCodes = new ArrayList<>();
    private String periodCode;
    private String employeeNo;

    @PostConstruct
    void init() {
        periodCode = periods.defaultQuarter(LocalDate.now());
        periodCodes.addAll(periods.codes("QUARTER"));
        periodCodes.addAll(periods.codes("MONTH"));
        periodCodes.addAll(periods.codes("HALF_YEAR"));
        periodCodes.addAll(periods.codes("YEAR"));
    }

    /** The letter as a download, or null (and a message) when there is none to give. */
    public StreamedContent getLetter() {
        String no = employeeNo == null ? "" : employeeNo.strip();
        try {
            byte[] pdf = letters.pdf(currentCaller.get(), no, periodCode, Texts.currentLocale());
            return PdfDownload.of(pdf, "target-letter-" + no + "-" + periodCode + ".pdf");
        } catch (BusinessException e) {
            Messages.of(e);
            return null;
        }
    }

    public List<String> getPeriodCodes() {
        return periodCodes;
    }

    public String getPeriodCode() {
        return periodCode;
    }

    public void setPeriodCode(String periodCode) {
        this.periodCode = periodCode;
    }

    public String getEmployeeNo() {
        return employeeNo;
    }

    public void setEmployeeNo(String employeeNo) {
        this.employeeNo = employeeNo;
    }
}
