package com.salesperf.presentation.scheme;

import com.salesperf.organization.entity.Level;
import com.salesperf.organization.entity.Market;
import com.salesperf.organization.entity.TeamStage;
import com.salesperf.platform.boundary.Messages;
import com.salesperf.platform.boundary.Texts;
import com.salesperf.platform.control.BusinessException;
import com.salesperf.scheme.boundary.SchemeCatalog;
import com.salesperf.scheme.boundary.StoredScheme;
import com.salesperf.scheme.control.DivisionByZeroRule;
import com.salesperf.scheme.control.IndicatorDefinition;
import com.salesperf.scheme.control.InvalidDefinitionException;
import com.salesperf.scheme.control.NoDataRule;
import com.salesperf.scheme.control.Population;
import com.salesperf.scheme.control.SchemeDefinition;
import com.salesperf.scheme.control.SchemeValidator;
import com.salesperf.scheme.control.ValidationMessage;
import com.salesperf.scheme.formula.MeasureCatalogue;
import com.salesperf.security.boundary.CurrentCaller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Shows one stored scheme version and, on request, edits a copy of it: validation runs on every
 * change, each indicator shows its band strip, and saving stores the copy as a new version with a
 * reason. The what-if preview lives in {@link WhatIfPanel}.
 */
@Named
@ViewScoped
public class SchemeEditorPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject transient CurrentCaller currentCaller;

    @Inject transient SchemeCatalog catalog;

    @Inject WhatIfPanel whatIf;

    private StoredScheme stored;
    private SchemeDraft draft;
    private boolean editing;
    private String reason;
    private List<ShownMessage> messages = List.of();
    private boolean hasErrors;

    // Who the next version applies to; empty means no restriction on that attribute.
    private List<String> levels;
    private List<String> markets;
    private List<String> stages;

    /** The version named by the id request parameter, read-only until "edit" is chosen. */
    @PostConstruct
    void load() {
        long id = RequestIds.id("id");
        stored = catalog.scheme(currentCaller.get(), id);
        draft = SchemeDraft.of(stored.definition());
        levels = new ArrayList<>(stored.population().levels());
        markets = new ArrayList<>(stored.population().markets());
        stages = new ArrayList<>(stored.population().stages());
        revalidate();
        whatIf.prepare(stored.definition().periodType());
    }

    /** Starts editing a copy; only administrators may. */
    public void edit() {
        requireAdmin();
        editing = true;
    }

    /** Validates the draft and redraws the strips; called on every change of the form. */
    public void revalidate() {
        SchemeDefinition definition = draft.toDefinition();
        List<ValidationMessage> found = SchemeValidator.validate(definition);
        hasErrors = ValidationMessage.anyError(found);
        messages = ShownMessage.of(found);
        for (IndicatorDraft indicator : draft.getIndicators()) {
            IndicatorDefinition converted = indicator.toDefinition();
            indicator.setStrip(StripCell.of(converted.bands()));
            indicator.setMessages(
                    messages.stream()
                            .filter(m -> Objects.equals(m.indicatorCode(), converted.code()))
                            .toList());
        }
    }

    public void checkFormula(IndicatorDraft indicator) {
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        String en = formulaProblem(indicator, Locale.ENGLISH);
        indicator.setFormulaOk(en.isEmpty());
        indicator.setFormulaCheck(
                en.isEmpty()
                        ? new ShownMessage(
                                "OK",
                                "FORMULA_OK",
                                indicator.getCode(),
                                Texts.get(Locale.ENGLISH, "schemes.formula.ok"),
                                Texts.get(zh, "schemes.formula.ok"))
                        : new ShownMessage(
                                "ERROR",
                                "FORMULA_ERROR",
                                indicator.getCode(),
                                en,
                                formulaProblem(indicator, zh)));
        revalidate();
    }

    private static String formulaProblem(IndicatorDraft indicator, Locale locale) {
        return DefinitionTexts.formulaProblem(
                indicator.getFormula(), MeasureCatalogue.names(), locale);
    }

    public void addIndicator() {
        draft.addIndicator();
        revalidate();
    }

    public void removeIndicator(IndicatorDraft indicator) {
        draft.removeIndicator(indicator);
        revalidate();
    }

    public void addBand(IndicatorDraft indicator) {
        indicator.addBand();
        revalidate();
    }

    public void removeBand(IndicatorDraft indicator, BandDraft band) {
        indicator.removeBand(band);
        revalidate();
    }

    public void addGrade() {
        draft.addGrade();
        revalidate();
    }

    public void removeGrade(GradeDraft grade) {
        draft.removeGrade(grade);
        revalidate();
    }

    /** Stores the draft as the next version; the page then shows the new version. */
    public String save() {
        requireAdmin();
        if (reason == null || reason.isBlank()) {
            Messages.error("schemes.reasonRequired");
            return null;
        }
        try {
            StoredScheme saved =
                    catalog.saveScheme(
                            currentCaller.get(),
                            draft.toDefinition(),
                            stored.planCode(),
                            Population.of(levels, markets, stages),
                            reason == null ? "" : reason.trim());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            Messages.info("schemes.saved", saved.code(), saved.version());
            return "/admin/schemes/scheme.xhtml?faces-redirect=true&id=" + saved.id();
        } catch (InvalidDefinitionException e) {
            revalidate();
            Messages.error("schemes.invalid");
            return null;
        } catch (BusinessException e) {
            Messages.of(e);
            return null;
        }
    }

    /** What-if of the edited scheme against the stored current version, with the scheme's plan. */
    public void runWhatIf() {
        requireAdmin();
        whatIf.run(draft.getCode(), stored.planCode(), draft.toDefinition(), null);
    }

    private void requireAdmin() {
        if (!currentCaller.get().has(com.salesperf.organization.entity.Role.ADMIN)) {
            throw new com.salesperf.platform.control.AccessDeniedException("edit schemes");
        }
    }

    /** The values a population may be restricted to, as the organisation data knows them. */
    public List<String> getLevelChoices() {
        return names(Level.values());
    }

    public List<String> getMarketChoices() {
        return names(Market.values());
    }

    public List<String> getStageChoices() {
        return names(TeamStage.values());
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    public List<String> getLevels() {
        return levels;
    }

    public void setLevels(List<String> levels) {
        this.levels = levels == null ? new ArrayList<>() : levels;
    }

    public List<String> getMarkets() {
        return markets;
    }

    public void setMarkets(List<String> markets) {
        this.markets = markets == null ? new ArrayList<>() : markets;
    }

    public List<String> getStages() {
        return stages;
    }

    public void setStages(List<String> stages) {
        this.stages = stages == null ? new ArrayList<>() : stages;
    }

    public List<ShownMessage> getGeneralMessages() {
        return messages.stream().filter(m -> m.indicatorCode() == null).toList();
    }

    public long getErrorCount() {
        return messages.stream().filter(m -> "ERROR".equals(m.severity())).count();
    }

    public BigDecimal getWeightSum() {
        return draft.weightSum();
    }

    public BigDecimal getQuantitativeShare() {
        return draft.quantitativeShare();
    }

    public boolean isWeightsComplete() {
        return draft.weightSum().compareTo(BigDecimal.valueOf(100)) == 0;
    }

    public String name() {
        return "zh".equals(Texts.currentLocale().getLanguage())
                ? stored.definition().nameZh()
                : stored.definition().nameEn();
    }

    public IndicatorDefinition.Category[] getCategories() {
        return IndicatorDefinition.Category.values();
    }

    public IndicatorDefinition.Kind[] getKinds() {
        return IndicatorDefinition.Kind.values();
    }

    public DivisionByZeroRule[] getDivisionByZeroRules() {
        return DivisionByZeroRule.values();
    }

    public NoDataRule.Action[] getNoDataActions() {
        return NoDataRule.Action.values();
    }

    public StoredScheme getStored() {
        return stored;
    }

    public SchemeDraft getDraft() {
        return draft;
    }

    public boolean isEditing() {
        return editing;
    }

    public boolean isHasErrors() {
        return hasErrors;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public WhatIfPanel getWhatIf() {
        return whatIf;
    }
}
