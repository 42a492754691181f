package com.salesperf.review.control;

/**
 * The part a person plays in one review step, decided by the boundary from roles and data scope:
 * the preparer of the package (the scope's manager or an administrator), the HR approver, or the
 * rep whose result it is.
 */
public enum ReviewRole {
    PREPARER,
    APPROVER,
    SUBJECT
}
