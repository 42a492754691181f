package com.salesperf.organization.control;

/** CDI event: the account was disabled, so its sessions and cached credentials must go. */
public record AccountDisabled(String username) {}
