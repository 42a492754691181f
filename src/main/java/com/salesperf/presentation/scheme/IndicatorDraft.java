package com.salesperf.presentation.scheme;

import com.salesperf.scheme.control.Band;
import com.salesperf.scheme.control.DivisionByZeroRule;
import com.salesperf.scheme.control.IndicatorDefinition;
import com.salesperf.scheme.control.IndicatorDefinition.Category;
import com.salesperf.scheme.control.IndicatorDefinition.Kind;
import com.salesperf.scheme.control.NoDataRule;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** One indicator as the editor's form holds it: mutable, with blanks allowed while typing. */
public class IndicatorDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code = "";
    private String nameZh = "";
    private String nameEn = "";
    private Category category = Category.RESULT;
    private Kind kind = Kind.QUANTITATIVE;
    private String definition = "";
    private String formula = "";
    private String unit = "";
    private BigDecimal weight = BigDecimal.ZERO;
    private List<BandDraft> bands = new ArrayList<>();
    private DivisionByZeroRule divisionByZeroRule = DivisionByZeroRule.TOP_BAND;
    private NoDataRule.Action noDataAction = NoDataRule.Action.EXCLUDE_AND_RESCALE;
    private BigDecimal noDataScore;

    // Shown under the indicator; recomputed by the page, never part of the definition.
    private List<StripCell> strip = List.of();
    private List<ShownMessage> messages = List.of();
    private ShownMessage formulaCheck;
    private boolean formulaOk;

    public static IndicatorDraft of(IndicatorDefinition indicator) {
        IndicatorDraft draft = new IndicatorDraft();
        draft.code = indicator.code();
        draft.nameZh = indicator.nameZh();
        draft.nameEn = indicator.nameEn();
        draft.category = indicator.category();
        draft.kind = indicator.kind();
        draft.definition = indicator.definition();
        draft.formula = indicator.formula();
        draft.unit = indicator.unit();
        draft.weight = indicator.weight();
        indicator.bands().forEach(band -> draft.bands.add(BandDraft.of(band)));
        draft.divisionByZeroRule = indicator.divisionByZeroRule();
        draft.noDataAction = indicator.noDataRule().action();
        draft.noDataScore = indicator.noDataRule().fixedScore();
        return draft;
    }

    /** A new indicator: one band covering every value, so that it is valid apart from weights. */
    public static IndicatorDraft blank(String code) {
        IndicatorDraft draft = new IndicatorDraft();
        draft.code = code;
        BandDraft all = new BandDraft();
        all.setScore(BigDecimal.valueOf(100));
        draft.bands.add(all);
        return draft;
    }

    public IndicatorDefinition toDefinition() {
        List<Band> converted = bands.stream().map(BandDraft::toBand).toList();
        return new IndicatorDefinition(
                code == null ? "" : code.trim(),
                nameZh,
                nameEn,
                category,
                kind,
                definition,
                formula == null ? "" : formula,
                unit,
                weight == null ? BigDecimal.ZERO : weight,
                converted,
                divisionByZeroRule,
                noDataRule());
    }

    private NoDataRule noDataRule() {
        if (noDataAction == NoDataRule.Action.FIXED_SCORE) {
            return NoDataRule.fixedScore(noDataScore == null ? BigDecimal.ZERO : noDataScore);
        }
        return new NoDataRule(noDataAction, null);
    }

    public void addBand() {
        bands.add(new BandDraft());
    }

    public void removeBand(BandDraft band) {
        bands.remove(band);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
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

    public Category getCategory() {
        return category;
    }

    public void setCategory(Category category) {
        this.category = category;
    }

    public Kind getKind() {
        return kind;
    }

    public void setKind(Kind kind) {
        this.kind = kind;
    }

    public String getDefinition() {
        return definition;
    }

    public void setDefinition(String definition) {
        this.definition = definition;
    }

    public String getFormula() {
        return formula;
    }

    public void setFormula(String formula) {
        this.formula = formula;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public BigDecimal getWeight() {
        return weight;
    }

    public void setWeight(BigDecimal weight) {
        this.weight = weight;
    }

    public List<BandDraft> getBands() {
        return bands;
    }

    public DivisionByZeroRule getDivisionByZeroRule() {
        return divisionByZeroRule;
    }

    public void setDivisionByZeroRule(DivisionByZeroRule divisionByZeroRule) {
        this.divisionByZeroRule = divisionByZeroRule;
    }

    public NoDataRule.Action getNoDataAction() {
        return noDataAction;
    }

    public void setNoDataAction(NoDataRule.Action noDataAction) {
        this.noDataAction = noDataAction;
    }

    public BigDecimal getNoDataScore() {
        return noDataScore;
    }

    public void setNoDataScore(BigDecimal noDataScore) {
        this.noDataScore = noDataScore;
    }

    public List<StripCell> getStrip() {
        return strip;
    }

    public void setStrip(List<StripCell> strip) {
        this.strip = strip;
    }

    public List<ShownMessage> getMessages() {
        return messages;
    }

    public void setMessages(List<ShownMessage> messages) {
        this.messages = messages;
    }

    public ShownMessage getFormulaCheck() {
        return formulaCheck;
    }

    public void setFormulaCheck(ShownMessage formulaCheck) {
        this.formulaCheck = formulaCheck;
    }

    public boolean isFormulaOk() {
        return formulaOk;
    }

    public void setFormulaOk(boolean formulaOk) {
        this.formulaOk = formulaOk;
    }
}
