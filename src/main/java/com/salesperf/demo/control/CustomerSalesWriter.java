package com.salesperf.demo.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes a rep's customers and sales so that each planned quarter has exactly the planned total,
 * number of orders, distinct paying customers and new customers. Every customer is served by this
 * rep only, so no other rep's sale can change who is new when.
 */
final class CustomerSalesWriter {

    private static final List<String> SEGMENTS = List.of("HIGH_VALUE", "POTENTIAL", "LONG_TAIL");
    private static final double[] SEGMENT_SHARES = {0.15, 0.35, 0.50};
    private static final double[] SEGMENT_ORDER_WEIGHTS = {2.5, 1.2, 0.6};
    private static final List<String> PRODUCT_LINES = List.of("SOFTWARE", "HARDWARE", "SERVICES");
    private static final double[] PRODUCT_SHARES = {0.45, 0.30, 0.25};
    private static final double[][] MONTH_SHARES = {{0.38, 0.22, 0.40}, {0.31, 0.33, 0.36}};
    private static final int SHOWCASE_OPENING_CUSTOMERS = 50;

    private final RowBuffers batches;
    private final ImportBatches imports;
    private final DemoSize size;
    private final OutlierOrders outliers;

    CustomerSalesWriter(RowBuffers batches, ImportBatches imports, DemoSize size) {
        this.batches = batches;
        this.imports = imports;
        this.size = size;
        this.outliers = new OutlierOrders(size);
    }

    /** A customer and how much weight its orders carry. */
    private record Customer(long id, int segment) {}

    RepSales write(Rep rep, List<RepQuarterPlan> plans, SplittableRandom random) {
        RegionProfile region = rep.team().region().profile();
        List<Customer> book = new ArrayList<>();
        List<SaleFact> sales = new ArrayList<>();
        Map<Quarter, List<Long>> payersByQuarter = new LinkedHashMap<>();
        Map<Quarter, Long> amounts = new LinkedHashMap<>();
        if (!plans.isEmpty() && plans.get(0).quarter().equals(size.firstQuarter())) {
            writeOpeningSales(rep, region, book, sales, random);
        }
        for (RepQuarterPlan plan : plans) {
            List<Customer> payers = payers(plan, region, book, random);
            writeQuarter(rep, plan, payers, sales, random);
            payersByQuarter.put(plan.quarter(), payers.stream().map(Customer::id).toList());
            amounts.put(plan.quarter(), plan.actualSales());
            book.addAll(payers.subList(0, plan.newCustomers()));
        }
        outliers.planFor(rep, plans, random)
                .ifPresent(
                        outlier -> {
                            Customer customer = newCustomer(region, 0, random);
                            sales.add(
                                    sale(
                                            rep,
                                            customer,
                                            outlier.signedDate(),
                                            outlier.amountYuan(),
                                            outlier,
                                            random));
                            if (!outlier.excluded()) {
                                amounts.merge(
                                        Quarter.of(outlier.signedDate()),
                                        outlier.amountYuan(),
                                        Long::sum);
                            }
                        });
        return new RepSales(
                sales, payersByQuarter, book.stream().map(Customer::id).toList(), amounts);
    }

    /** Customers served before the first generated quarter get one sale in the quarter before. */
    private void writeOpeningSales(
            Rep rep,
            RegionProfile region,
            List<Customer> book,
            List<SaleFact> sales,
            SplittableRandom random) {
        int count =
                rep.showcase()
                        ? SHOWCASE_OPENING_CUSTOMERS
                        : (int)
                                Math.round(
                                        size.openingCustomers() * Draws.between(random, 0.8, 1.2));
        Quarter before = size.firstQuarter().previous();
        for (int i = 0; i < count; i++) {
            Customer customer = newCustomer(region, segment(random), random);
            book.add(customer);
            long amount = Draws.between(random, 20, 1500) * AmountSplitter.STEP;
            LocalDate signed = Draws.dayBetween(random, before.start(), before.end());
            sales.add(sale(rep, customer, signed, amount, null, random));
        }
    }

    /** New customers first, then returning ones drawn from the book without repetition. */
    private List<Customer> payers(
            RepQuarterPlan plan,
            RegionProfile region,
            List<Customer> book,
            SplittableRandom random) {
        List<Customer> payers = new ArrayList<>();
        for (int i = 0; i < plan.newCustomers(); i++) {
            payers.add(newCustomer(region, segment(random), random));
        }
        int returning = Math.min(plan.payingCustomers() - plan.newCustomers(), book.size());
        List<Customer> candidates = new ArrayList<>(book);
        Draws.shuffle(random, candidates);
        payers.addAll(candidates.subList(0, Math.max(0, returning)));
        return payers;
    }

    /** One order per payer, the remaining orders to payers at random; amounts sum to the plan. */
    private void writeQuarter(
            Rep rep,
            RepQuarterPlan plan,
            List<Customer> payers,
            List<SaleFact> sales,
            SplittableRandom random) {
        int orders = Math.max(plan.orders(), payers.size());
        List<Customer> buyers = new ArrayList<>(payers);
        while (buyers.size() < orders) {
            buyers.add(Draws.pick(random, payers));
        }
        double[] weights = new double[orders];
        for (int i = 0; i < orders; i++) {
            weights[i] =
                    SEGMENT_ORDER_WEIGHTS[buyers.get(i).segment()]
                            * Draws.between(random, 0.5, 1.5);
        }
        long[] amounts = AmountSplitter.split(plan.actualSales(), weights);
        for (int i = 0; i < orders; i++) {
            sales.add(
                    sale(
                            rep,
                            buyers.get(i),
                            orderDay(plan.quarter(), random),
                            amounts[i],
                            null,
                            random));
        }
    }

    private SaleFact sale(
            Rep rep,
            Customer customer,
            LocalDate signed,
            long amountYuan,
            OutlierOrders.Outlier outlier,
            SplittableRandom random) {
        long id = batches.nextId(DemoTables.SALE);
        boolean excluded = outlier != null && outlier.excluded();
        String productLine = PRODUCT_LINES.get(Draws.weighted(random, PRODUCT_SHARES));
        batches.add(
                DemoTables.SALE,
                id,
                String.format("SO%08d", id),
                rep.id(),
                customer.id(),
                productLine,
                signed,
                BigDecimal.valueOf(amountYuan).setScale(2),
                "CNY",
                excluded,
                excluded ? OutlierOrders.EXCLUSION_REASON : null,
                excluded ? OutlierOrders.EXCLUDED_BY : null,
                excluded ? outlier.excludedAt() : null,
                imports.idOf("sales"));
        return new SaleFact(id, customer.id(), signed, amountYuan);
    }

    private Customer newCustomer(RegionProfile region, int segment, SplittableRandom random) {
        long id = batches.nextId(DemoTables.CUSTOMER);
        batches.add(
                DemoTables.CUSTOMER,
                id,
                String.format("C%07d", id),
                ChineseNames.company(random, region),
                SEGMENTS.get(segment),
                imports.idOf("customers"));
        return new Customer(id, segment);
    }

    private static int segment(SplittableRandom random) {
        return Draws.weighted(random, SEGMENT_SHARES);
    }

    private static LocalDate orderDay(Quarter quarter, SplittableRandom random) {
        int month = Draws.weighted(random, MONTH_SHARES[quarter.number() == 1 ? 0 : 1]);
        LocalDate first = quarter.month(month).atDay(1);
        return Draws.dayBetween(random, first, quarter.month(month).atEndOfMonth());
    }
}
