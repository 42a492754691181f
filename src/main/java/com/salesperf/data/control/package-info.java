/**
 * Data imports and fact maintenance: reading CSV and XLSX files of the kinds of DATA-FORMATS.md,
 * validating every row (types, ranges, references), and writing a valid file in one transaction
 * with set-based JDBC batches. Nothing here knows about pages or HTTP; the boundary hands in the
 * bytes and the caller.
 */
package com.salesperf.data.control;
