/** The audit rules in plain Java: entry hashing, chain verification and checkpoints. */
package com.salesperf.audit.control;
