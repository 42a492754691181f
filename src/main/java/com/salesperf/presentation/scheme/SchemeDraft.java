package com.salesperf.presentation.scheme;

import com.salesperf.scheme.control.IndicatorDefinition;
import com.salesperf.scheme.control.PeriodType;
import com.salesperf.scheme.control.SchemeDefinition;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A scheme being edited. It starts as a copy of a stored version and becomes a {@link
 * SchemeDefinition} for validation, preview and saving; the stored version itself never changes.
 */
public class SchemeDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;
    private int version;
    private String nameZh;
    private String nameEn;
    private PeriodType periodType;
    private final List<IndicatorDraft> indicators = new ArrayList<>();
    private final List<GradeDraft> grades = new ArrayList<>();

    public static SchemeDraft of(SchemeDefinition scheme) {
        SchemeDraft draft = new SchemeDraft();
        draft.code = scheme.code();
        draft.version = scheme.version();
        draft.nameZh = scheme.nameZh();
        draft.nameEn = scheme.nameEn();
        draft.periodType = scheme.periodType();
        scheme.indicators().forEach(i -> draft.indicators.add(IndicatorDraft.of(i)));
        scheme.gradeBands().forEach(g -> draft.grades.add(GradeDraft.of(g)));
        return draft;
    }

    /** The draft as a definition with the version it started from; saving renumbers it. */
    public SchemeDefinition toDefinition() {
        return new SchemeDefinition(
                code,
                version,
                nameZh,
                nameEn,
                periodType,
                indicators.stream().map(IndicatorDraft::toDefinition).toList(),
                grades.stream().map(GradeDraft::toGradeBand).toList());
    }

    /** Sum of the weights as typed (blanks count as 0). */
    public BigDecimal weightSum() {
        return indicators.stream()
                .map(IndicatorDraft::getWeight)
                .filter(w -> w != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Share of quantitative weight in percent of all weight; null when there is no weight. */
    public BigDecimal quantitativeShare() {
        BigDecimal sum = weightSum();
        if (sum.signum() <= 0) {
            return null;
        }
        BigDecimal quantitative =
                indicators.stream()
                        .filter(i -> i.getKind() == IndicatorDefinition.Kind.QUANTITATIVE)
                        .map(IndicatorDraft::getWeight)
                        .filter(w -> w != null)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
        return quantitative
                .multiply(BigDecimal.valueOf(100))
                .divide(sum, 1, java.math.RoundingMode.HALF_UP);
    }

    public void addIndicator() {
        indicators.add(IndicatorDraft.blank("NEW_" + (indicators.size() + 1)));
    }

    public void removeIndicator(IndicatorDraft indicator) {
        indicators.remove(indicator);
    }

    public void addGrade() {
        grades.add(new GradeDraft());
    }

    public void removeGrade(GradeDraft grade) {
        grades.remove(grade);
    }

    public String getCode() {
        return code;
    }

    public int getVersion() {
        return version;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public PeriodType getPeriodType() {
        return periodType;
    }

    public void setPeriodType(PeriodType periodType) {
        this.periodType = periodType;
    }

    public List<IndicatorDraft> getIndicators() {
        return indicators;
    }

    public List<GradeDraft> getGrades() {
        return grades;
    }
}
