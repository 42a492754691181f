package com.salesperf.scheme.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PopulationTest {

    private static final Population JUNIOR_EMERGING =
            Population.of(List.of("JUNIOR"), List.of("EMERGING"), List.of());

    @Test
    void everyoneRestrictsNothingNotEvenMissingValues() {
        assertThat(Population.everyone().isEveryone()).isTrue();
        assertThat(Population.everyone().includes("SENIOR", "MATURE", "NEW")).isTrue();
        assertThat(Population.everyone().includes("JUNIOR", null, null)).isTrue();
    }

    @Test
    void eachListedAttributeMustMatch() {
        assertThat(JUNIOR_EMERGING.isEveryone()).isFalse();
        assertThat(JUNIOR_EMERGING.includes("JUNIOR", "EMERGING", "NEW")).isTrue();
        assertThat(JUNIOR_EMERGING.includes("JUNIOR", "EMERGING", null)).isTrue();
        assertThat(JUNIOR_EMERGING.includes("SENIOR", "EMERGING", "NEW")).isFalse();
        assertThat(JUNIOR_EMERGING.includes("JUNIOR", "MATURE", "NEW")).isFalse();
    }

    @Test
    void severalValuesOfOneAttributeAreAlternatives() {
        Population rule =
                Population.of(List.of("JUNIOR", "INTERMEDIATE"), List.of(), List.of("NEW"));
        assertThat(rule.includes("INTERMEDIATE", "MATURE", "NEW")).isTrue();
        assertThat(rule.includes("JUNIOR", null, "NEW")).isTrue();
        assertThat(rule.includes("JUNIOR", "MATURE", "GROWING")).isFalse();
    }

    @Test
    void aMissingValuePassesOnlyWhereTheRuleDoesNotRestrictIt() {
        Population newTeams = Population.of(List.of(), List.of(), List.of("NEW"));
        // a rep assigned directly to a region: regions have no stage
        assertThat(newTeams.includes("JUNIOR", "EMERGING", null)).isFalse();
        assertThat(JUNIOR_EMERGING.includes("JUNIOR", null, "NEW")).isFalse();
        assertThat(JUNIOR_EMERGING.includes(null, "EMERGING", "NEW")).isFalse();
    }
}
