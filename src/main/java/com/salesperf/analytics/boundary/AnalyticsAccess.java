package com.salesperf.analytics.boundary;

import com.salesperf.organization.control.DataScope;
import com.salesperf.period.control.PeriodCode;
import com.salesperf.platform.control.BusinessException;
import com.salesperf.security.control.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The checks every dashboard query starts with: a valid period code, and a drill-down unit inside
 * the caller's scope (an out-of-scope unit is refused and logged by {@link DataScope}).
 */
@ApplicationScoped
public class AnalyticsAccess {

    @Inject DataScope dataScope;

    Slice slice(Caller caller, Long focusUnitId) {
        if (focusUnitId != null) {
            dataScope.requireUnit(caller, focusUnitId);
        }
        return new Slice(dataScope.of(caller), focusUnitId);
    }

    static PeriodCode period(String code) {
        try {
            return PeriodCode.parse(code);
        } catch (IllegalArgumentException e) {
            throw new BusinessException("analytics.error.period", e.getMessage(), code);
        }
    }
}
