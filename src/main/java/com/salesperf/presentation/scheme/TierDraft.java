package com.salesperf.presentation.scheme;

import com.salesperf.scheme.control.TierDefinition;
import java.io.Serializable;
import java.math.BigDecimal;

/** One incentive tier in the plan editor; empty bounds mean infinite. */
public class TierDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code = "";
    private String nameZh = "";
    private String nameEn = "";
    private int rank;
    private BigDecimal completionFrom;
    private BigDecimal completionTo;
    private BigDecimal minImprovementPoints;
    private BigDecimal regionTopPercent;
    private BigDecimal coefficient = BigDecimal.ZERO;
    private String awardZh = "";
    private String awardEn = "";
    private boolean requiresImprovementPlan;
    private boolean adminChoice;

    public static TierDraft of(TierDefinition tier) {
        TierDraft draft = new TierDraft();
        draft.code = tier.code();
        draft.nameZh = tier.nameZh();
        draft.nameEn = tier.nameEn();
        draft.rank = tier.rank();
        draft.completionFrom = tier.completionFrom();
        draft.completionTo = tier.completionTo();
        draft.minImprovementPoints = tier.minImprovementPoints();
        draft.regionTopPercent = tier.regionTopPercent();
        draft.coefficient = tier.coefficient();
        draft.awardZh = tier.awardZh();
        draft.awardEn = tier.awardEn();
        draft.requiresImprovementPlan = tier.requiresImprovementPlan();
        draft.adminChoice = tier.adminChoice();
        return draft;
    }

    public TierDefinition toDefinition() {
        return new TierDefinition(
                code == null ? "" : code.trim(),
                nameZh,
                nameEn,
                rank,
                completionFrom,
                completionTo,
                minImprovementPoints,
                regionTopPercent,
                coefficient == null ? BigDecimal.ZERO : coefficient,
                awardZh,
                awardEn,
                requiresImprovementPlan,
                adminChoice);
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

    public int getRank() {
        return rank;
    }

    public void setRank(int rank) {
        this.rank = rank;
    }

    public BigDecimal getCompletionFrom() {
        return completionFrom;
    }

    public void setCompletionFrom(BigDecimal completionFrom) {
        this.completionFrom = completionFrom;
    }

    public BigDecimal getCompletionTo() {
        return completionTo;
    }

    public void setCompletionTo(BigDecimal completionTo) {
        this.completionTo = completionTo;
    }

    public BigDecimal getMinImprovementPoints() {
        return minImprovementPoints;
    }

    public void setMinImprovementPoints(BigDecimal minImprovementPoints) {
        this.minImprovementPoints = minImprovementPoints;
    }

    public BigDecimal getRegionTopPercent() {
        return regionTopPercent;
    }

    public void setRegionTopPercent(BigDecimal regionTopPercent) {
        this.regionTopPercent = regionTopPercent;
    }

    public BigDecimal getCoefficient() {
        return coefficient;
    }

    public void setCoefficient(BigDecimal coefficient) {
        this.coefficient = coefficient;
    }

    public String getAwardZh() {
        return awardZh;
    }

    public void setAwardZh(String awardZh) {
        this.awardZh = awardZh;
    }

    public String getAwardEn() {
        return awardEn;
    }

    public void setAwardEn(String awardEn) {
        this.awardEn = awardEn;
    }

    public boolean isRequiresImprovementPlan() {
        return requiresImprovementPlan;
    }

    public void setRequiresImprovementPlan(boolean requiresImprovementPlan) {
        this.requiresImprovementPlan = requiresImprovementPlan;
    }

    public boolean isAdminChoice() {
        return adminChoice;
    }

    public void setAdminChoice(boolean adminChoice) {
        this.adminChoice = adminChoice;
    }
}
