package com.salesperf.presentation.scheme;

import com.salesperf.platform.boundary.Texts;
import com.salesperf.scheme.boundary.SchemeCatalog;
import com.salesperf.security.boundary.CurrentCaller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Every stored version of every scheme and plan. There are a handful of codes with a few versions
 * each, so the lists are read whole; the catalog checks the caller's role.
 */
@Named
@ViewScoped
public class SchemeListPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject transient CurrentCaller currentCaller;

    @Inject transient SchemeCatalog catalog;

    private List<DefinitionRow> schemes;
    private List<DefinitionRow> plans;

    @PostConstruct
    void load() {
        schemes =
                catalog.schemeVersions(currentCaller.get()).stream()
                        .map(DefinitionRow::of)
                        .toList();
        plans = catalog.planVersions(currentCaller.get()).stream().map(DefinitionRow::of).toList();
    }

    public String name(DefinitionRow row) {
        return row.name(Texts.currentLocale());
    }

    public String formatTime(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(ZoneId.systemDefault()));
    }

    public List<DefinitionRow> getSchemes() {
        return schemes;
    }

    public List<DefinitionRow> getPlans() {
        return plans;
    }
}
