/**
 * Cross-cutting platform rules: the business exception hierarchy every component throws and the
 * pages and API translate for the user.
 */
package com.salesperf.platform.control;
