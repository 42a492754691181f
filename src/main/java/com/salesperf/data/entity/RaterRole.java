package com.salesperf.data.entity;

/** Who gave a rating: the three-perspective assessment plus peers. */
public enum RaterRole {
    SELF,
    SUPERVISOR,
    PEER,
    CUSTOMER
}
