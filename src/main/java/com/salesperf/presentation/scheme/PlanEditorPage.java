package com.salesperf.presentation.scheme;

import com.salesperf.organization.entity.Role;
import com.salesperf.platform.boundary.Messages;
import com.salesperf.platform.boundary.Texts;
import com.salesperf.platform.control.AccessDeniedException;
import com.salesperf.platform.control.BusinessException;
import com.salesperf.scheme.boundary.SchemeCatalog;
import com.salesperf.scheme.boundary.StoredPlan;
import com.salesperf.scheme.control.InvalidDefinitionException;
import com.salesperf.scheme.control.PayoutModifier;
import com.salesperf.scheme.control.PlanValidator;
import com.salesperf.scheme.control.ValidationMessage;
import com.salesperf.scheme.entity.SchemeVersion;
import com.salesperf.security.boundary.CurrentCaller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shows one stored incentive plan version and edits a copy: tiers, payout modifiers, commission and
 * accelerators, validated on every change, saved as a new version with a reason. The what-if
 * compares the stored plan with the edited one under a chosen scheme.
 */
@Named
@ViewScoped
public class PlanEditorPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject transient CurrentCaller currentCaller;

    @Inject transient SchemeCatalog catalog;

    @Inject WhatIfPanel whatIf;

    private StoredPlan stored;
    private PlanDraft draft;
    private boolean editing;
    private String reason;
    private List<ShownMessage> messages = List.of();
    private boolean hasErrors;
    private final Map<String, String> schemeTypes = new LinkedHashMap<>();
    private String schemeCode;

    @PostConstruct
    void load() {
        stored = catalog.plan(currentCaller.get(), RequestIds.id("id"));
        draft = PlanDraft.of(stored.definition());
        for (SchemeVersion row : catalog.schemeVersions(currentCaller.get())) {
            schemeTypes.putIfAbsent(row.getCode(), row.getPeriodType().name());
            if (schemeCode == null && stored.code().equals(row.getPlanCode())) {
                schemeCode = row.getCode();
            }
        }
        if (schemeCode == null && !schemeTypes.isEmpty()) {
            schemeCode = schemeTypes.keySet().iterator().next();
        }
        revalidate();
        preparePeriods();
    }

    public void edit() {
        requireAdmin();
        editing = true;
    }

    public void revalidate() {
        List<ValidationMessage> found = PlanValidator.validate(draft.toDefinition());
        hasErrors = ValidationMessage.anyError(found);
        messages = ShownMessage.of(found);
    }

    /** The periods offered follow the period type of the scheme chosen for the what-if. */
    public void preparePeriods() {
        String type = schemeTypes.get(schemeCode);
        if (type != null) {
            whatIf.prepare(com.salesperf.scheme.control.PeriodType.valueOf(type));
        }
    }

    public void addTier() {
        draft.addTier();
        revalidate();
    }

    public void removeTier(TierDraft tier) {
        draft.removeTier(tier);
        revalidate();
    }

    public void addModifier() {
        draft.addModifier();
        revalidate();
    }

    public void removeModifier(ModifierDraft modifier) {
        draft.removeModifier(modifier);
        revalidate();
    }

    public void addAccelerator() {
        draft.addAccelerator();
        revalidate();
    }

    public void removeAccelerator(AcceleratorDraft accelerator) {
        draft.removeAccelerator(accelerator);
        revalidate();
    }

    public String save() {
        requireAdmin();
        if (reason == null || reason.isBlank()) {
            Messages.error("schemes.reasonRequired");
            return null;
        }
        try {
            StoredPlan saved =
                    catalog.savePlan(currentCaller.get(), draft.toDefinition(), reason.trim());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            Messages.info("schemes.saved", saved.code(), saved.version());
            return "/admin/schemes/plan.xhtml?faces-redirect=true&id=" + saved.id();
        } catch (InvalidDefinitionException e) {
            revalidate();
            Messages.error("schemes.invalid");
            return null;
        } catch (BusinessException e) {
            Messages.of(e);
            return null;
        }
    }

    public void runWhatIf() {
        requireAdmin();
        whatIf.run(schemeCode, draft.getCode(), null, draft.toDefinition());
    }

    private void requireAdmin() {
        if (!currentCaller.get().has(Role.ADMIN)) {
            throw new AccessDeniedException("edit incentive plans");
        }
    }

    public String name() {
        return "zh".equals(Texts.currentLocale().getLanguage())
                ? stored.definition().nameZh()
                : stored.definition().nameEn();
    }

    public long getErrorCount() {
        return messages.stream().filter(m -> "ERROR".equals(m.severity())).count();
    }

    public PayoutModifier.Comparison[] getComparisons() {
        return PayoutModifier.Comparison.values();
    }

    public List<String> getSchemeCodes() {
        return List.copyOf(schemeTypes.keySet());
    }

    public String getSchemeCode() {
        return schemeCode;
    }

    public void setSchemeCode(String schemeCode) {
        this.schemeCode = schemeCode;
    }

    public StoredPlan getStored() {
        return stored;
    }

    public PlanDraft getDraft() {
        return draft;
    }

    public boolean isEditing() {
        return editing;
    }

    public boolean isHasErrors() {
        return hasErrors;
    }

    public List<ShownMessage> getMessages() {
        return messages;
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
