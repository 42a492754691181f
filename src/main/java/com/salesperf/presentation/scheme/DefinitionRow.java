package com.salesperf.presentation.scheme;

import com.salesperf.scheme.entity.PlanVersion;
import com.salesperf.scheme.entity.SchemeVersion;
import java.io.Serializable;
import java.time.Instant;

/** One stored scheme or plan version in the list. */
public record DefinitionRow(
        long id,
        String code,
        int version,
        String nameZh,
        String nameEn,
        String periodType,
        String planCode,
        boolean frozen,
        String createdBy,
        Instant createdAt,
        String reason,
        String contentHash)
        implements Serializable {

    static DefinitionRow of(SchemeVersion row) {
        return new DefinitionRow(
                row.getId(),
                row.getCode(),
                row.getVersion(),
                row.getNameZh(),
                row.getNameEn(),
                row.getPeriodType().name(),
                row.getPlanCode(),
                row.isFrozen(),
                row.getCreatedBy(),
                row.getCreatedAt(),
                row.getChangeReason(),
                row.getContentHash());
    }

    static DefinitionRow of(PlanVersion row) {
        return new DefinitionRow(
                row.getId(),
                row.getCode(),
                row.getVersion(),
                row.getNameZh(),
                row.getNameEn(),
                null,
                null,
                row.isFrozen(),
                row.getCreatedBy(),
                row.getCreatedAt(),
                row.getChangeReason(),
                row.getContentHash());
    }

    /** The name in the user's language. */
    public String name(java.util.Locale locale) {
        return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }

    public String getShortHash() {
        return contentHash == null || contentHash.length() < 12
                ? contentHash
                : contentHash.substring(0, 12);
    }
}
