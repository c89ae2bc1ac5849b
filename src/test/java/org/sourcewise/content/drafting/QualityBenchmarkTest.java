package org.sourcewise.content.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The drafting quality benchmark as a floor: the figures docs/drafting.md reports, less a little room, so a
 * change that makes the drafter worse at what a teacher keeps fails here. The benchmark itself
 * ({@code org.sourcewise.bench.DraftingQualityBenchmark}) prints the figures and what fell short.
 */
class QualityBenchmarkTest {

    private final QualityBenchmark.Result all = QualityBenchmark.total(QualityBenchmark.runAll());

    @Test
    void the_ticked_candidates_hold_at_least_80_percent_of_the_claims_a_teacher_picked() {
        assertThat(all.recall()).isGreaterThanOrEqualTo(0.80);
    }

    @Test
    void at_least_85_percent_of_ticked_candidates_and_of_all_candidates_stand_alone() {
        assertThat(all.wellFormedShare()).isGreaterThanOrEqualTo(0.85);
        assertThat(all.wellFormedAllShare()).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void at_least_90_percent_of_choice_drafts_have_distractors_of_the_key_s_type() {
        assertThat(all.typeMatchedShare()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void the_benchmark_s_well_formedness_check_catches_what_a_student_could_not_learn_alone() {
        assertThat(QualityBenchmark.problem("These encompass 60% of the coastline, the survey found.")).startsWith("points back");
        assertThat(QualityBenchmark.problem("Yet, only 15% are actually recycled in the end.")).isEqualTo("no subject");
        assertThat(QualityBenchmark.problem("For that reason, they recommend that cities protect old trees.")).startsWith("points back");
        assertThat(QualityBenchmark.problem("<br/> The council spent $48 million on the new line.")).isEqualTo("markup");
        assertThat(QualityBenchmark.problem("| Year | Riders | | 2023 | 9,000 | and more rows here.")).isEqualTo("markup");
        assertThat(QualityBenchmark.problem("The council spent $48 million on the new line.")).isNull();
        assertThat(QualityBenchmark.problem("It is likely that the line will open in May.")).as("an empty it").isNull();
    }
}
