package org.sourcewise.quizzes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoredMarkTest {

    @Test
    void marks_survive_encoding_with_missing_slots_scores_and_several_picks() {
        List<StoredMark> marks = List.of(
                new StoredMark(1, 7L, 100, 1000, 2.5, 1.25, false, true, Set.of(3, 0)),
                new StoredMark(2, null, 101, 1001, 1, null, true, true, Set.of()),
                new StoredMark(3, 9L, 102, 1002, 0.1, 0.0, false, false, Set.of()));

        String line = StoredMark.encode(marks);

        assertThat(line).isEqualTo("1,7,100,1000,2.5,1.25,a,0+3;2,,101,1001,1.0,,ga,;3,9,102,1002,0.1,0.0,,");
        assertThat(StoredMark.decode(line)).isEqualTo(marks);
    }

    @Test
    void an_attempt_without_questions_is_an_empty_line() {
        assertThat(StoredMark.encode(List.of())).isEmpty();
        assertThat(StoredMark.decode("")).isEmpty();
    }

    @Test
    void a_damaged_line_is_refused() {
        assertThatThrownBy(() -> StoredMark.decode("1,7,100")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("8 fields");
        assertThatThrownBy(() -> StoredMark.decode("1,7,100,1000,1.0,1.0,a,0,9")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("8 fields");
        assertThatThrownBy(() -> StoredMark.decode("1,x,100,1000,1.0,1.0,a,0")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not one");
    }
}
