/**
 * Working-day arithmetic on the company calendar: weekends, holidays and make-up working days (调休).
 * Plain Java, unit-tested without a server.
 */
package com.salesperf.calendar.control;
