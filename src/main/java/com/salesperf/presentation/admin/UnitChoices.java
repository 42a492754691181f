package com.salesperf.presentation.admin;

import com.salesperf.organization.control.OrgTree;
import com.salesperf.organization.entity.OrgUnitKind;
import jakarta.faces.model.SelectItem;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Org units as choices of a select menu, labelled in the reader's language and sorted by code. */
final class UnitChoices {

    private UnitChoices() {}

    static List<SelectItem> of(Collection<OrgTree.Node> units, OrgUnitKind kind, Locale locale) {
        boolean chinese = "zh".equals(locale.getLanguage());
        return units.stream()
                .filter(u -> kind == null || u.kind() == kind)
                .sorted(Comparator.comparing(OrgTree.Node::code))
                .map(
                        u ->
                                new SelectItem(
                                        u.id(),
                                        u.code() + " · " + (chinese ? u.nameZh() : u.nameEn())))
                .toList();
    }
}
