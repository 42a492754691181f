/**
 * Fills an empty portal database with a deterministic demo company, or with a large company for
 * benchmarks, writing straight through JDBC.
 *
 * <p>Why plain JDBC and not the JPA entities: the generator must fill millions of rows in minutes
 * before the server starts, and it must not depend on entity classes that are written in parallel.
 * It therefore writes exactly the columns of {@code V1__foundation.sql}, assigns ids itself and
 * finally moves every sequence past the ids it used, so EclipseLink (allocation size 50) never
 * hands out an id that is taken.
 *
 * <p>Everything comes from fixed seeds: the same {@link com.salesperf.demo.control.DemoSize} always
 * yields identical rows. Each rep draws from a random stream of its own, so one rep's data never
 * shifts another's. The three showcase reps S001–S003 carry the figures of the source documents'
 * data table; {@code ShowcaseReps} builds those quarters by construction so that no random draw can
 * disturb them.
 *
 * <p>Conventions the rest of the portal can rely on:
 *
 * <ul>
 *   <li>Every customer is served by exactly one rep, so "new customer" (first-ever sale) is
 *       attributed unambiguously.
 *   <li>Customers that exist before the first generated quarter get one opening sale in the quarter
 *       before it, so the first quarter does not count the whole customer base as new.
 *   <li>Opportunities carry only their current stage: a lead that was never qualified stays {@code
 *       LEAD}; {@code LOST} rows were lost after qualification. Hence lead→opportunity conversion =
 *       rows not in {@code LEAD} / all rows.
 *   <li>Every sale of the demo company has one receivable for its full amount; in a benchmark only
 *       the sales on credit (a fifth) have one.
 * </ul>
 */
package com.salesperf.demo.control;
