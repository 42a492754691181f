package com.salesperf.organization.control;

import com.salesperf.organization.entity.Level;
import com.salesperf.organization.entity.Position;
import java.time.LocalDate;
import java.util.Locale;

/** One person as lists and profiles show them, with their current unit and manager. */
public record EmployeeRow(
        long id,
        String employeeNo,
        String name,
        Position position,
        Level level,
        String unitCode,
        String unitNameZh,
        String unitNameEn,
        String managerName,
        LocalDate hireDate,
        boolean active) {

    public String unitName(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? unitNameZh : unitNameEn;
    }
}
