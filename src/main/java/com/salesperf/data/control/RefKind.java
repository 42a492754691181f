package com.salesperf.data.control;

/**
 * What a cell can refer to, by its external name: an employee number, a customer id, an order id,
 * an org unit code or a period code. Each must exist in the database, or, for the kind that defines
 * it (reps for employees, org-units for units), earlier in the same file.
 */
public enum RefKind {
    EMPLOYEE("import.error.unknownEmployee"),
    CUSTOMER("import.error.unknownCustomer"),
    SALE("import.error.unknownOrder"),
    ORG_UNIT("import.error.unknownOrgUnit"),
    PERIOD("import.error.unknownPeriod");

    private final String unknownCode;

    RefKind(String unknownCode) {
        this.unknownCode = unknownCode;
    }

    public String unknownCode() {
        return unknownCode;
    }
}
