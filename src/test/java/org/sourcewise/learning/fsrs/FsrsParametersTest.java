package org.sourcewise.learning.fsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FsrsParametersTest {

    @Test
    void the_defaults_are_fsrs6_with_ninety_percent_retention() {
        assertThat(FsrsParameters.DEFAULT.weights()).hasSize(21);
        assertThat(FsrsParameters.DEFAULT.w(0)).isEqualTo(0.212);
        assertThat(FsrsParameters.DEFAULT.w(20)).isEqualTo(0.1542);
        assertThat(FsrsParameters.DEFAULT.desiredRetention()).isEqualTo(0.9);
        assertThat(FsrsParameters.DEFAULT.maximumIntervalDays()).isEqualTo(36500);
    }

    @Test
    void a_wrong_number_of_weights_is_rejected() {
        assertThatThrownBy(() -> new FsrsParameters(List.of(1.0, 2.0), 0.9, 100))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("21 weights");
    }

    @Test
    void a_retention_of_one_or_zero_is_rejected() {
        assertThatThrownBy(() -> new FsrsParameters(FsrsParameters.DEFAULT_WEIGHTS, 1.0, 100))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FsrsParameters(FsrsParameters.DEFAULT_WEIGHTS, 0.0, 100))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
