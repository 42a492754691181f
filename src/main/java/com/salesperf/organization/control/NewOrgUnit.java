package com.salesperf.organization.control;

import com.salesperf.organization.entity.OrgUnitKind;
import com.salesperf.platform.control.InvalidFieldException;
import java.util.regex.Pattern;

/** A new org unit as an administrator enters it: a code, both names, and the parent unit. */
public record NewOrgUnit(String code, String nameZh, String nameEn, Long parentId) {

    public static final int MAX_NAME = 100;
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{1,39}");

    public NewOrgUnit {
        code = code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT);
        nameZh = nameZh == null ? null : nameZh.strip();
        nameEn = nameEn == null ? null : nameEn.strip();
    }

    public NewOrgUnit validated() {
        if (parentId == null) {
            throw new InvalidFieldException("parent", "validation.required");
        }
        if (code == null || code.isEmpty()) {
            throw new InvalidFieldException("code", "validation.required");
        }
        if (!CODE.matcher(code).matches()) {
            throw new InvalidFieldException("code", "org.error.code");
        }
        checkNames(nameZh, nameEn);
        return this;
    }

    /** Both names required and not too long (also for renaming). */
    public static void checkNames(String nameZh, String nameEn) {
        checkName("nameZh", nameZh);
        checkName("nameEn", nameEn);
    }

    /** The kind a child of a unit of this kind has: company → region → team; teams have none. */
    public static OrgUnitKind childKindOf(OrgUnitKind parent) {
        return switch (parent) {
            case COMPANY -> OrgUnitKind.REGION;
            case REGION -> OrgUnitKind.TEAM;
            case TEAM -> throw new InvalidFieldException("parent", "org.error.teamHasNoChildren");
        };
    }

    private static void checkName(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException(field, "validation.required");
        }
        if (value.strip().length() > MAX_NAME) {
            throw new InvalidFieldException(field, "validation.maxLength", MAX_NAME);
        }
    }
}
