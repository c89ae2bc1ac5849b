package org.sourcewise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class SchemaMigrationTest {

    @Autowired
    Flyway flyway;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void flyway_migrates_an_empty_database_and_hibernate_validates_it() {
        // the context only starts when Hibernate's ddl-auto=validate accepted the migrated schema
        assertThat(flyway.info().applied()).extracting(m -> m.getVersion().getVersion()).contains("1");
        assertThat(flyway.info().pending()).isEmpty();
    }

    @Test
    void the_schema_has_a_table_for_every_word_of_the_design() {
        List<String> tables = jdbc.queryForList(
                "select lower(table_name) from information_schema.tables where lower(table_schema) = 'public'", String.class);
        assertThat(tables).contains("app_user", "course", "source", "source_paragraph", "claim", "lesson", "lesson_term",
                "question", "question_version", "question_option", "question_claim", "question_tag", "quiz", "quiz_slot",
                "school_class", "class_member", "assignment", "attempt", "attempt_question", "response", "review_state");
    }
}
