package org.sourcewise.questions.formats;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.sourcewise.questions.Option;
import org.sourcewise.questions.QuestionContent;
import org.sourcewise.questions.QuestionSpec;

/**
 * Names the first field in which two questions differ, so that an exporter can say why it skipped a
 * question its format would have changed.
 */
final class SpecDiff {

    private SpecDiff() {
    }

    /** The first difference as {@code "field: 'expected' would come back as 'actual'"}, or null when equal. */
    static @Nullable String first(QuestionSpec expected, QuestionSpec actual) {
        if (expected.equals(actual)) {
            return null;
        }
        QuestionContent e = expected.content();
        QuestionContent a = actual.content();
        String found = firstOf(
                field("key", expected.key(), actual.key()),
                field("title", expected.title(), actual.title()),
                field("type", e.type(), a.type()),
                field("stem", e.stem(), a.stem()),
                options(e.options(), a.options()),
                field("explanation", e.explanation(), a.explanation()),
                field("general feedback", e.generalFeedback(), a.generalFeedback()),
                field("claims", expected.claimKeys(), actual.claimKeys()),
                field("category", expected.category(), actual.category()),
                field("tags", expected.tags(), actual.tags()),
                field("difficulty", expected.difficulty(), actual.difficulty()),
                field("status", expected.status(), actual.status()));
        return found != null ? found : "the question would change";
    }

    private static @Nullable String options(List<Option> expected, List<Option> actual) {
        if (expected.size() != actual.size()) {
            return "options: " + expected.size() + " would come back as " + actual.size();
        }
        for (int i = 0; i < expected.size(); i++) {
            Option e = expected.get(i);
            Option a = actual.get(i);
            String p = "option " + (i + 1) + " ";
            String found = firstOf(field(p + "text", e.text(), a.text()), field(p + "match", e.match(), a.match()),
                    field(p + "value", e.value(), a.value()), field(p + "tolerance", e.tolerance(), a.tolerance()),
                    field(p + "weight", e.weight(), a.weight()), field(p + "feedback", e.feedback(), a.feedback()),
                    field(p + "blank", e.blank(), a.blank()));
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static @Nullable String field(String name, @Nullable Object expected, @Nullable Object actual) {
        if (Objects.equals(expected, actual)) {
            return null;
        }
        return name + ": " + show(expected) + " would come back as " + show(actual);
    }

    private static String show(@Nullable Object value) {
        if (value == null) {
            return "nothing";
        }
        if (value instanceof List<?> list) {
            return list.stream().map(SpecDiff::show).collect(Collectors.joining(", ", "[", "]"));
        }
        String text = value.toString().replace("\n", "\\n");
        return "'" + (text.length() > 60 ? text.substring(0, 57) + "..." : text) + "'";
    }

    private static @Nullable String firstOf(@Nullable String... candidates) {
        for (String c : candidates) {
            if (c != null) {
                return c;
            }
        }
        return null;
    }
}
