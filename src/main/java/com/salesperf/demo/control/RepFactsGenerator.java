package com.salesperf.demo.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generates all facts of one rep at a time, from the rep's own random stream: plan the quarters,
 * then customers and sales, collections, feedback and ratings, plans, activities and funnel,
 * training and compliance, targets. Team sums (targets, sales costs) are collected on the way and
 * written by {@link #finish}.
 */
final class RepFactsGenerator {

    private final long seed;
    private final RepPlanner planner;
    private final CustomerSalesWriter sales;
    private final CollectionsWriter collections;
    private final FeedbackWriter feedback;
    private final RatingWriter ratings;
    private final PlanSubmissionWriter planSubmissions;
    private final ActivityWriter activities;
    private final OpportunityWriter opportunities;
    private final TrainingComplianceWriter trainingCompliance;
    private final TargetWriter targets;
    private final SalesCostWriter salesCosts;

    RepFactsGenerator(
            long seed,
            RowBuffers batches,
            ImportBatches imports,
            DemoSize size,
            Organisation organisation,
            Map<String, Long> periodIds,
            LocalDate asOf) {
        this.seed = seed;
        this.planner = new RepPlanner(size);
        this.sales = new CustomerSalesWriter(batches, imports, size);
        this.collections = new CollectionsWriter(batches, imports, size, asOf);
        this.feedback = new FeedbackWriter(batches, imports);
        this.ratings = new RatingWriter(batches, imports, organisation);
        this.planSubmissions = new PlanSubmissionWriter(batches, imports);
        this.activities = new ActivityWriter(batches, imports);
        this.opportunities = new OpportunityWriter(batches, imports, asOf);
        this.trainingCompliance = new TrainingComplianceWriter(batches, imports);
        this.targets = new TargetWriter(batches, imports, periodIds, size, organisation);
        this.salesCosts = new SalesCostWriter(batches, imports, size, organisation);
    }

    void generate(Rep rep) {
        SplittableRandom random = Draws.forStream(seed, rep.index());
        List<RepQuarterPlan> plans = planner.plans(rep, random);
        RepSales repSales = sales.write(rep, plans, random);
        collections.write(rep, repSales.sales(), plans, random);
        feedback.write(rep, plans, repSales, random);
        ratings.write(rep, plans, random);
        planSubmissions.write(rep, plans, random);
        activities.write(rep, plans, repSales, random);
        opportunities.write(rep, plans, repSales, random);
        trainingCompliance.write(rep, plans, random);
        targets.writeRep(rep, plans);
        salesCosts.addRep(rep, repSales);
    }

    /** Writes what could only be summed once every rep was generated. */
    void finish() {
        salesCosts.write(Draws.forStream(seed, -2));
        targets.writeUnits();
    }
}
