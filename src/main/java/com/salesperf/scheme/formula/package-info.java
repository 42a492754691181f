/**
 * The formula language administrators use to define indicator values and conditions over named
 * measures, e.g. {@code actualSales / targetSales * 100} or {@code if(prevNewCustomers > 0,
 * (newCustomers - prevNewCustomers) / prevNewCustomers * 100, 0)}.
 *
 * <p>It is a closed grammar parsed by a small recursive-descent parser into an immutable tree and
 * evaluated over {@link java.math.BigDecimal}: a formula can only read measure values, do exact
 * arithmetic, compare and call a fixed list of functions. It cannot call methods, load classes,
 * reach files or loop, and its length and nesting depth are bounded, so a hostile formula can
 * neither run code nor exhaust the stack. Pure JDK; no framework types.
 */
package com.salesperf.scheme.formula;
