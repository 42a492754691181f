package com.salesperf.evaluation.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesperf.evaluation.control.RepInput;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The plain parts of the job: input text round trip, service-star threshold, top 10 %. */
class RunBatchPartsTest {

    @Test
    void inputTextKeepsEveryValueExactlyAndNullsAsNull() {
        RepInput rep =
                new RepInput(
                        "S001",
                        "张伟\nline=two\\",
                        "EAST",
                        null,
                        new BigDecimal("10000.00"),
                        Map.of(
                                "actualSales", new BigDecimal("575000.00"),
                                "satisfaction",
                                        new BigDecimal("4.6000000000000000000000000000000001")));
        RepInput back = InputText.read(InputText.write(rep));
        assertThat(back).isEqualTo(rep);
        assertThat(back.measure("actualSales").scale()).isEqualTo(2);
        assertThat(back.teamCode()).isNull();
    }

    @Test
    void serviceStarsAreTheTopTenPercentWithTies() {
        assertThat(ServiceStars.threshold(List.of())).isNull();
        List<BigDecimal> eleven =
                List.of(
                        d("4.9"), d("4.8"), d("4.8"), d("4.1"), d("4.0"), d("3.9"), d("3.8"),
                        d("3.7"), d("3.6"), d("3.5"), d("3.4"));
        // ceil(0.1 x 11) = 2: the second best value, and everyone tied with it
        assertThat(ServiceStars.threshold(eleven)).isEqualByComparingTo("4.8");
        assertThat(ServiceStars.threshold(List.of(d("3.0")))).isEqualByComparingTo("3.0");
    }

    @Test
    void topTenPercentIsRankAtMostCeilOfATenth() {
        assertThat(RunFlags.topTenPercent(1, 5)).isTrue();
        assertThat(RunFlags.topTenPercent(2, 5)).isFalse();
        assertThat(RunFlags.topTenPercent(20, 200)).isTrue();
        assertThat(RunFlags.topTenPercent(21, 200)).isFalse();
        assertThat(RunFlags.topTenPercent(3, 21)).isTrue();
        assertThat(RunFlags.topTenPercent(null, 21)).isFalse();
    }

    @Test
    void closeSchedulesHaveTheDefaultsOfTheSpec() {
        CloseSchedule quarter =
                CloseSchedule.defaults(com.salesperf.period.entity.PeriodType.QUARTER);
        assertThat(quarter.hour()).isEqualTo("3");
        assertThat(quarter.months()).isEqualTo("1,4,7,10");
        assertThat(quarter.scheme()).isEqualTo("Q-DEFAULT");
        assertThat(CloseSchedule.defaults(com.salesperf.period.entity.PeriodType.MONTH).hour())
                .isEqualTo("2");
        assertThat(CloseSchedule.defaults(com.salesperf.period.entity.PeriodType.YEAR).enabled())
                .isFalse();
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }
}
