package com.salesperf.presentation.scheme;

import com.salesperf.scheme.control.CommissionRule;
import com.salesperf.scheme.control.PlanDefinition;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** An incentive plan being edited; saving stores it as a new version, never over the old one. */
public class PlanDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;
    private int version;
    private String nameZh;
    private String nameEn;
    private String currency;
    private final List<TierDraft> tiers = new ArrayList<>();
    private final List<ModifierDraft> modifiers = new ArrayList<>();
    private BigDecimal commissionRate = BigDecimal.ZERO;
    private final List<AcceleratorDraft> accelerators = new ArrayList<>();
    private BigDecimal bonusBudget;

    public static PlanDraft of(PlanDefinition plan) {
        PlanDraft draft = new PlanDraft();
        draft.code = plan.code();
        draft.version = plan.version();
        draft.nameZh = plan.nameZh();
        draft.nameEn = plan.nameEn();
        draft.currency = plan.currency();
        plan.tiers().forEach(t -> draft.tiers.add(TierDraft.of(t)));
        plan.modifiers().forEach(m -> draft.modifiers.add(ModifierDraft.of(m)));
        draft.commissionRate = plan.commission().rate();
        plan.commission()
                .accelerators()
                .forEach(a -> draft.accelerators.add(AcceleratorDraft.of(a)));
        draft.bonusBudget = plan.bonusBudget();
        return draft;
    }

    public PlanDefinition toDefinition() {
        return new PlanDefinition(
                code,
                version,
                nameZh,
                nameEn,
                currency == null || currency.isBlank() ? null : currency.trim(),
                tiers.stream().map(TierDraft::toDefinition).toList(),
                modifiers.stream().map(ModifierDraft::toModifier).toList(),
                new CommissionRule(
                        commissionRate == null ? BigDecimal.ZERO : commissionRate,
                        accelerators.stream().map(AcceleratorDraft::toAccelerator).toList()),
                bonusBudget);
    }

    public void addTier() {
        TierDraft tier = new TierDraft();
        tier.setCode("TIER_" + (tiers.size() + 1));
        tier.setRank(tiers.stream().mapToInt(TierDraft::getRank).max().orElse(0) + 10);
        tiers.add(tier);
    }

    public void removeTier(TierDraft tier) {
        tiers.remove(tier);
    }

    public void addModifier() {
        modifiers.add(new ModifierDraft());
    }

    public void removeModifier(ModifierDraft modifier) {
        modifiers.remove(modifier);
    }

    public void addAccelerator() {
        accelerators.add(new AcceleratorDraft());
    }

    public void removeAccelerator(AcceleratorDraft accelerator) {
        accelerators.remove(accelerator);
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

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public List<TierDraft> getTiers() {
        return tiers;
    }

    public List<ModifierDraft> getModifiers() {
        return modifiers;
    }

    public BigDecimal getCommissionRate() {
        return commissionRate;
    }

    public void setCommissionRate(BigDecimal commissionRate) {
        this.commissionRate = commissionRate;
    }

    public List<AcceleratorDraft> getAccelerators() {
        return accelerators;
    }

    public BigDecimal getBonusBudget() {
        return bonusBudget;
    }

    public void setBonusBudget(BigDecimal bonusBudget) {
        this.bonusBudget = bonusBudget;
    }
}
