package org.sourcewise.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void accents_go_apostrophes_join_and_everything_else_separates() {
        assertThat(Slugs.of("Caf\u00e9 Society\u2019s \u201cBig\u201d Year!", 60, "x")).isEqualTo("cafe-societys-big-year");
        assertThat(Slugs.of("  Rail & ports: a short check ", 60, "x")).isEqualTo("rail-ports-a-short-check");
    }

    @Test
    void a_long_title_is_cut_at_a_word_and_a_title_without_ascii_gets_the_fallback() {
        assertThat(Slugs.of("word ".repeat(30), 60, "x")).hasSizeLessThanOrEqualTo(60).doesNotEndWith("-").endsWith("word");
        assertThat(Slugs.of("a".repeat(80), 50, "x")).hasSize(50);
        assertThat(Slugs.of("\u4e2d\u6587", 60, "quiz")).isEqualTo("quiz");
        assertThat(Slugs.of(null, 60, "article")).isEqualTo("article");
    }
}
