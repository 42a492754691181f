package com.salesperf.evaluation.boundary;

import com.salesperf.evaluation.batch.ResultRow;
import com.salesperf.evaluation.control.GroupRank;
import com.salesperf.evaluation.control.Incentive;
import com.salesperf.evaluation.control.RepEvaluation;
import com.salesperf.evaluation.control.ScoreCard;
import com.salesperf.platform.control.DatabaseVendor;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/** Inserts results with one JDBC batch: the JSON and hash plus the figures lists need. */
final class ResultRows {

    private static final String INSERT =
            "INSERT INTO evaluation_result (run_id, seq, employee_id, employee_no, rep_name,"
                    + " region_code, team_code, evaluable, not_evaluable_reason, completion_rate,"
                    + " total_score, grade, company_rank, company_size, region_rank, team_rank,"
                    + " tier_code, coefficient, modifier_factor, commission, bonus, currency, flags,"
                    + " result_json, result_hash)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                    + " %s, ?)";

    private ResultRows() {}

    static void insert(Connection connection, long runId, List<ResultRow> results)
            throws SQLException {
        try (PreparedStatement insert =
                connection.prepareStatement(INSERT.formatted(utf8ToText(connection)))) {
            for (ResultRow row : results) {
                bind(insert, runId, row);
                insert.setBytes(24, row.json());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * The database's own conversion of UTF-8 bytes to text: the result text goes as it was hashed,
     * not decoded to UTF-16 here only for the driver to encode it again.
     */
    private static String utf8ToText(Connection connection) throws SQLException {
        return switch (DatabaseVendor.of(connection)) {
            case POSTGRESQL -> "convert_from(?, 'UTF8')";
            case H2 -> "UTF8TOSTRING(?)";
        };
    }

    /** Every column but the result text (24), which {@link #insert} sets. */
    private static void bind(PreparedStatement insert, long runId, ResultRow row)
            throws SQLException {
        RepEvaluation result = row.evaluation();
        ScoreCard card = result.score();
        Incentive incentive = result.incentive();
        insert.setLong(1, runId);
        insert.setInt(2, row.seq());
        insert.setLong(3, row.employeeId());
        insert.setString(4, card.employeeNo());
        insert.setString(5, card.rep().repName());
        insert.setString(6, card.rep().regionCode());
        insert.setString(7, card.rep().teamCode());
        insert.setBoolean(8, card.evaluable());
        insert.setString(
                9, card.notEvaluableReason() == null ? null : card.notEvaluableReason().name());
        insert.setBigDecimal(10, four(card.completionRate()));
        insert.setBigDecimal(11, four(card.totalScore()));
        insert.setString(12, card.grade());
        GroupRank company = result.ranks() == null ? null : result.ranks().company();
        GroupRank region = result.ranks() == null ? null : result.ranks().region();
        GroupRank team = result.ranks() == null ? null : result.ranks().team();
        integer(insert, 13, company == null ? null : company.rank());
        integer(insert, 14, company == null ? null : company.size());
        integer(insert, 15, region == null ? null : region.rank());
        integer(insert, 16, team == null ? null : team.rank());
        insert.setString(17, incentive == null ? null : incentive.tierCode());
        insert.setBigDecimal(18, incentive == null ? null : four(incentive.coefficient()));
        insert.setBigDecimal(19, incentive == null ? null : four(incentive.modifierFactor()));
        insert.setBigDecimal(20, incentive == null ? null : money(incentive.commission()));
        insert.setBigDecimal(21, incentive == null ? null : incentive.bonus());
        insert.setString(22, incentive == null ? null : incentive.currency());
        insert.setString(23, row.flagText());
        insert.setString(25, row.hash());
    }

    private static void integer(PreparedStatement insert, int index, Integer value)
            throws SQLException {
        if (value == null) {
            insert.setNull(index, Types.INTEGER);
        } else {
            insert.setInt(index, value);
        }
    }

    private static BigDecimal four(BigDecimal value) {
        return value == null ? null : value.setScale(4, RoundingMode.HALF_UP);
    }

    private static BigDecimal money(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }
}
