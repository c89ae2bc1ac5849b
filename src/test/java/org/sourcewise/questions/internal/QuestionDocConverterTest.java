package org.sourcewise.questions.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcewise.questions.Option;
import org.sourcewise.questions.QuestionSpec;
import org.sourcewise.questions.QuestionStatus;
import org.sourcewise.questions.QuestionType;
import org.sourcewise.questions.internal.QuestionDocs.OptionDoc;
import org.sourcewise.questions.internal.QuestionDocs.QuestionDoc;

/** A course file's question entry to a bank question, and each refusal with the path it names. */
class QuestionDocConverterTest {

    private static QuestionDoc doc(String type, List<OptionDoc> options, String explanation) {
        return new QuestionDoc("q1", type, null, List.of("c01"), null, List.of(), "easy", null, " A stem ", options, null,
                null, null, null, null, null, null, null, explanation, null);
    }

    private static OptionDoc option(String text, Boolean correct, Double weight) {
        return new OptionDoc(text, correct, weight, null);
    }

    @Test
    void a_single_choice_entry_becomes_a_published_question_with_the_right_option_at_full_marks() {
        QuestionSpec spec = QuestionDocConverter.convert(doc("Single_Choice",
                List.of(option("Russia", true, null), option("China", null, 0.5), option("Cuba", null, null)), " Because. "));

        assertThat(spec.type()).isEqualTo(QuestionType.SINGLE_CHOICE);
        assertThat(spec.status()).isEqualTo(QuestionStatus.PUBLISHED);
        assertThat(spec.content().stem()).isEqualTo("A stem");
        assertThat(spec.content().explanation()).isEqualTo("Because.");
        assertThat(spec.content().options()).extracting(Option::weight).containsExactly(1.0, 0.5, 0.0);
    }

    @Test
    void multiple_response_without_weights_follows_the_rule_and_with_weights_keeps_them() {
        QuestionSpec unweighted = QuestionDocConverter.convert(doc("multiple_response", List.of(option("a", true, null),
                option("b", true, null), option("c", null, null), option("d", false, null), option("e", null, null)), "Why."));
        assertThat(unweighted.content().options()).extracting(Option::weight)
                .satisfiesExactly(w -> assertThat(w).isEqualTo(0.5), w -> assertThat(w).isEqualTo(0.5),
                        w -> assertThat(w).isCloseTo(-1.0 / 3, within(1e-12)), w -> assertThat(w).isCloseTo(-1.0 / 3, within(1e-12)),
                        w -> assertThat(w).isCloseTo(-1.0 / 3, within(1e-12)));

        QuestionSpec weighted = QuestionDocConverter.convert(doc("multiple_response",
                List.of(option("a", true, 0.75), option("b", true, 0.25), option("c", null, -1.0)), "Why."));
        assertThat(weighted.content().options()).extracting(Option::weight).containsExactly(0.75, 0.25, -1.0);
    }

    @Test
    void each_refusal_names_the_path_of_what_is_wrong() {
        assertPath(new QuestionDoc(" ", "essay", null, List.of("c01"), null, List.of(), null, null, "S", null, null, null, null,
                null, null, null, null, null, "E", null), "key");
        assertPath(doc("essay", null, null), "explanation");
        assertPath(doc("single choice", List.of(option("a", true, null), option("b", null, null)), "E"), "type");
        assertPath(doc("single_choice", List.of(option("a", null, null), option("b", null, 0.5)), "E"), "options");
        assertPath(doc("multiple_response", List.of(option("a", true, 0.5), option("b", true, null)), "E"), "options[1].weight");
        assertPath(doc("multiple_response", List.of(option("a", true, 0.5), option("b", null, 0.2)), "E"), "options");
        assertPath(doc("multiple_response", List.of(option("a", true, 1.5), option("b", null, null)), "E"), "options[0].weight");
    }

    @Test
    void a_single_choice_entry_may_mark_several_options_right_as_the_bank_and_moodle_allow() {
        QuestionSpec spec = QuestionDocConverter.convert(doc("single_choice",
                List.of(option("apple", true, null), option("pear", true, null), option("carrot", null, null)), "Fruit."));

        assertThat(spec.content().options()).extracting(Option::weight).containsExactly(1.0, 1.0, 0.0);
    }

    @Test
    void a_content_rule_of_the_bank_is_the_course_files_rule_too_with_the_bank_validators_words() {
        assertThatThrownBy(() -> QuestionDocConverter.convert(doc("single_choice",
                List.of(option("a", null, 0.5), option("b", null, null)), "E")))
                .isInstanceOfSatisfying(QuestionDocConverter.Problem.class, p -> {
                    assertThat(p.path).isEqualTo("options");
                    assertThat(p.getMessage()).isEqualTo("a single-choice question needs an option worth full marks");
                });
    }

    private static void assertPath(QuestionDoc doc, String path) {
        assertThatThrownBy(() -> QuestionDocConverter.convert(doc))
                .isInstanceOfSatisfying(QuestionDocConverter.Problem.class, p -> assertThat(p.path).isEqualTo(path));
    }
}
