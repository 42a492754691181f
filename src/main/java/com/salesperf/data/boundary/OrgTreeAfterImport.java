package com.salesperf.data.boundary;

import com.salesperf.data.control.ImportKind;
import com.salesperf.organization.control.Organization;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Makes this instance re-read the organisation tree once an org-unit import has committed, so a
 * unit just imported is in every scope check at once instead of up to half a minute later. Only
 * after the commit: a re-read before it would cache the tree without the new units. Rep imports
 * leave the tree alone (it holds units, not people).
 */
@ApplicationScoped
public class OrgTreeAfterImport {

    @Inject Organization organization;

    void afterImport(@Observes(during = TransactionPhase.AFTER_SUCCESS) DataImported event) {
        if (ImportKind.ORG_UNITS.name().equals(event.kind())) {
            organization.changed();
        }
    }
}
