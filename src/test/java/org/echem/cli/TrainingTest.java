package org.echem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The launcher's archive is trained on these runs: both must succeed, or the archive misses classes. */
class TrainingTest {
    @Test
    void bothTrainingRunsSucceed() {
        assertThat(Training.run()).containsExactly(0, 0);
    }
}
