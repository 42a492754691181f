package com.salesperf.demo.control;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;

/**
 * Fills an empty, migrated portal database with a demo company. The same {@link DemoSize} always
 * yields the same rows; every id is assigned here and the sequences are moved past them at the end.
 * Only an empty database is filled: generating into existing data would mix two companies.
 *
 * <p>From the command line (the JDBC driver on the class path), migrating first:
 *
 * <pre>
 * java -cp ... com.salesperf.demo.control.DemoCompanyGenerator \
 *     --url jdbc:postgresql://127.0.0.1:5432/portal --user postgres [--reps 100000]
 * </pre>
 *
 * Without {@code --reps} the standard demo company is generated, with it a benchmark company. Data
 * already committed stays if generation fails half-way: reset the database and run again.
 */
public final class DemoCompanyGenerator {

    /** The one seed of the demo: changing it changes every generated row. */
    static final long SEED = 20_230_930L;

    private static final LocalDateTime SETTINGS_UPDATED_AT = LocalDateTime.of(2021, 12, 1, 9, 0);

    /** Something that opens connections to the database to fill, for parallel inserting. */
    @FunctionalInterface
    public interface ConnectionSource {
        Connection open() throws SQLException;
    }

    /**
     * Generates into the database behind {@code connection}; rows are inserted on that connection
     * by a background thread while the next ones are generated. The caller keeps the connection.
     */
    public GenerationSummary generate(Connection connection, DemoSize size) throws SQLException {
        return generate(connection, List.of(), size);
    }

    /**
     * Generates with {@code parallelConnections} connections inserting at once (2 suits a 2-core
     * PostgreSQL server). The rows are the same as with one connection; only the order in which
     * they reach the database differs. The connections are opened and closed here.
     */
    public GenerationSummary generate(
            ConnectionSource connections, DemoSize size, int parallelConnections)
            throws SQLException {
        List<Connection> opened = new ArrayList<>();
        try {
            for (int i = 0; i < Math.max(1, parallelConnections); i++) {
                opened.add(connections.open());
            }
            return generate(opened.get(0), opened.subList(1, opened.size()), size);
        } finally {
            for (Connection connection : opened) {
                connection.close();
            }
        }
    }

    private GenerationSummary generate(Connection primary, List<Connection> extra, DemoSize size)
            throws SQLException {
        if (hasOrgUnits(primary)) {
            return GenerationSummary.refused(
                    "org_unit is not empty: demo data is generated only into"
                            + " an empty database; nothing written");
        }
        long started = System.nanoTime();
        List<Connection> all = new ArrayList<>(extra);
        all.add(0, primary);
        boolean autoCommit = primary.getAutoCommit();
        for (Connection connection : all) {
            connection.setAutoCommit(false);
        }
        try (ChunkPipeline pipeline = new ChunkPipeline(all)) {
            Map<String, Long> rowCounts = fill(primary, pipeline, size);
            long elapsed = (System.nanoTime() - started) / 1_000_000;
            return new GenerationSummary(
                    true, "generated demo company " + size, rowCounts, elapsed);
        } catch (RuntimeException | SQLException e) {
            primary.rollback();
            throw e;
        } finally {
            primary.setAutoCommit(autoCommit);
        }
    }

    /**
     * The organisation is committed before any fact chunk is inserted, so fact chunks (whole reps)
     * can go to the database on any connection in any order.
     */
    private Map<String, Long> fill(Connection primary, ChunkPipeline pipeline, DemoSize size)
            throws SQLException {
        RowBuffers batches = DemoTables.buffers();
        ImportBatches imports = new ImportBatches();
        imports.write(batches, size, size.lastQuarter().end().plusDays(1).atTime(6, 0));
        Organisation organisation =
                new OrganisationBuilder(batches, Draws.forStream(SEED, -1)).build(size);
        new OrganisationWriter(batches).write(organisation);
        Map<String, Long> periodIds = new PeriodWriter(batches).write();
        batches.add(
                DemoTables.APP_SETTING,
                "newCustomer.minimumAmount",
                "0",
                SETTINGS_UPDATED_AT,
                ImportBatches.IMPORTED_BY);
        pipeline.submit(batches.seal());
        pipeline.awaitAll();
        LocalDate asOf = size.lastQuarter().end().plusMonths(1);
        RepFactsGenerator facts =
                new RepFactsGenerator(SEED, batches, imports, size, organisation, periodIds, asOf);
        for (Rep rep : organisation.reps()) {
            facts.generate(rep);
            if (batches.chunkIsFull()) {
                pipeline.submit(batches.seal());
            }
        }
        facts.finish();
        pipeline.submit(batches.seal());
        pipeline.awaitAll();
        Map<String, Long> rowCounts = batches.rowCounts();
        imports.recordCounts(primary, rowCounts);
        SequenceAdvancer.advance(primary, batches.lastIds());
        primary.commit();
        return rowCounts;
    }

    private static boolean hasOrgUnits(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM org_unit")) {
            rows.next();
            return rows.getLong(1) > 0;
        }
    }

    /**
     * {@code --url URL [--user USER] [--password PASSWORD] [--reps N] [--connections C]}: migrates
     * the database with Flyway, then generates (the standard company without {@code --reps}).
     */
    public static void main(String[] args) throws SQLException {
        CommandLine options = CommandLine.parse(args);
        Flyway.configure()
                .dataSource(options.url(), options.user(), options.password())
                .locations("classpath:db/migration")
                .load()
                .migrate();
        GenerationSummary summary =
                new DemoCompanyGenerator()
                        .generate(
                                () ->
                                        DriverManager.getConnection(
                                                options.url(), options.user(), options.password()),
                                options.size(),
                                options.connections());
        System.out.print(summary.report());
        if (!summary.generated()) {
            System.exit(2);
        }
    }
}
