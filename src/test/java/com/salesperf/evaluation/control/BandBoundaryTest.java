package com.salesperf.evaluation.control;

import static com.salesperf.evaluation.control.Fixtures.rep;
import static com.salesperf.evaluation.control.Fixtures.s001Measures;
import static com.salesperf.evaluation.control.Fixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesperf.scheme.control.DefaultSchemes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every boundary of the default scheme: lower bounds are inclusive, upper bounds exclusive. */
class BandBoundaryTest {

    private static final SchemeScorer SCORER = new SchemeScorer(DefaultSchemes.quarterly());

    private static IndicatorScore score(String indicator, Object... measures) {
        ScoreCard card = SCORER.score(rep("X", "R", "T", "1000", with(s001Measures(), measures)));
        return card.indicators().stream()
                .filter(i -> i.indicatorCode().equals(indicator))
                .findFirst()
                .orElseThrow();
    }

    @ParameterizedTest(name = "completion {0} % scores {1}")
    @CsvSource({
        "79.99, 40",
        "80, 60",
        "80.00, 60",
        "99.99, 60",
        "100, 80",
        "119.99, 80",
        "120, 100",
        "250, 100",
        "0, 40"
    })
    void salesCompletion(String completion, String expected) {
        IndicatorScore score =
                score("SALES_COMPLETION", "targetSales", 100, "actualSales", completion);
        assertThat(score.value()).isEqualByComparingTo(completion);
        assertThat(score.score()).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "growth {0} % scores {2}")
    @CsvSource({
        "109.99, 9.99, 40",
        "110, 10, 70",
        "129.99, 29.99, 70",
        "130, 30, 100",
        "90, -10, 40"
    })
    void newCustomerGrowth(String newCustomers, String growth, String expected) {
        IndicatorScore score =
                score("NEW_CUSTOMER_GROWTH", "prevNewCustomers", 100, "newCustomers", newCustomers);
        assertThat(score.value()).isEqualByComparingTo(growth);
        assertThat(score.score()).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "on time {0} % scores {1}")
    @CsvSource({"89.99, 50", "90, 80", "94.99, 80", "95, 100", "100, 100"})
    void onTimeCollection(String onTime, String expected) {
        IndicatorScore score =
                score("ON_TIME_COLLECTION", "amountDue", 100, "collectedOnTime", onTime);
        assertThat(score.score()).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "satisfaction {0} scores {1}")
    @CsvSource({"3.99, 50", "4.0, 80", "4, 80", "4.49, 80", "4.5, 100", "5, 100", "1, 50"})
    void customerSatisfaction(String satisfaction, String expected) {
        assertThat(score("CUSTOMER_SATISFACTION", "satisfaction", satisfaction).score())
                .isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "{0} late submissions score {1}")
    @CsvSource({"0, 100", "1, 80", "2, 50", "3, 50", "-1, 100"})
    void planTimeliness(String late, String expected) {
        assertThat(score("PLAN_TIMELINESS", "lateSubmissions", late).score())
                .isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "teamwork {0} scores {1}")
    @CsvSource({"6.99, 50", "7, 80", "8.99, 80", "9, 100", "10, 100"})
    void teamwork(String teamwork, String expected) {
        assertThat(score("TEAMWORK", "teamwork", teamwork).score()).isEqualByComparingTo(expected);
    }
}
