/**
 * Alerts 预警 (SPEC §10): administrators define threshold rules; after every completed evaluation run
 * and every sales import the rules are evaluated, each hit is stored once per rule, subject and
 * period and the responsible manager is notified; reps record the causes of their gaps in 5W1H
 * form. The rule arithmetic is plain Java in {@code control}, the figures come from SQL in {@code
 * boundary}.
 */
package com.salesperf.alert.control;
