package com.salesperf.scheme.formula;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MeasureCatalogueTest {

    private static final List<String> DATA_FORMATS_MEASURES =
            List.of(
                    "actualSales",
                    "targetSales",
                    "completionRate",
                    "newCustomers",
                    "amountDue",
                    "collectedOnTime",
                    "collected",
                    "onTimeCollectionRate",
                    "collectionRate",
                    "satisfaction",
                    "lateSubmissions",
                    "teamwork",
                    "avgOrderValue",
                    "payingCustomers",
                    "orderCount",
                    "visits",
                    "calls",
                    "demos",
                    "leads",
                    "wonOpportunities",
                    "lostOpportunities",
                    "leadConversionRate",
                    "avgSalesCycleDays",
                    "trainingsCompleted",
                    "trainingScoreGain",
                    "complianceIncidents",
                    "renewalIntention",
                    "nps",
                    "selfRating",
                    "supervisorRating",
                    "peerRating",
                    "customerRating");

    @Test
    void listsEveryMeasureAndItsPreviousPeriodVariant() {
        assertThat(MeasureCatalogue.names()).containsAll(DATA_FORMATS_MEASURES);
        assertThat(MeasureCatalogue.names())
                .contains(
                        "prevNewCustomers",
                        "prevCompletionRate",
                        "prevActualSales",
                        "prevTargetSales",
                        "prevNps");
        assertThat(MeasureCatalogue.names()).hasSize(2 * DATA_FORMATS_MEASURES.size());
    }

    @Test
    void everyMeasureIsDescribedInBothLanguages() {
        assertThat(MeasureCatalogue.all())
                .allSatisfy(
                        measure -> {
                            assertThat(measure.descriptionEn()).isNotBlank();
                            assertThat(measure.descriptionZh()).isNotBlank();
                        });
    }

    @Test
    void previousPeriodVariantsAreMarkedAndDescribed() {
        Measure previous = MeasureCatalogue.find("prevNewCustomers").orElseThrow();
        assertThat(previous.previousPeriod()).isTrue();
        assertThat(previous.descriptionEn()).startsWith("Previous period: ");
        assertThat(previous.descriptionZh()).startsWith("上期");
        assertThat(MeasureCatalogue.find("newCustomers").orElseThrow().previousPeriod()).isFalse();
    }

    @Test
    void unknownNamesAreNotFound() {
        assertThat(MeasureCatalogue.find("bogus")).isEmpty();
        assertThat(MeasureCatalogue.find("prevPrevNewCustomers")).isEmpty();
    }

    @Test
    void everyFunctionIsDescribed() {
        assertThat(FormulaFunction.values())
                .allSatisfy(f -> assertThat(f.description()).startsWith(f.formulaName() + "("));
    }
}
