package org.sourcewise.questions.formats;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A Moodle category path as GIFT's {@code $CATEGORY:} and Moodle XML's category questions give it. Its
 * context prefix ({@code $course$/top/}, {@code $system$/}, ...) means nothing inside Sourcewise, where
 * a category belongs to its course, so it is dropped with a warning and the rest is the category.
 */
final class MoodleCategory {

    private static final Pattern CONTEXT = Pattern.compile("\\$[a-z]+\\$/(top(/|$))?");

    private MoodleCategory() {
    }

    /** The Sourcewise category for {@code path}; null for an empty one, which ends the category in force. */
    static @Nullable String path(String path, int line, ImportCollector out) {
        String p = path.strip();
        Matcher context = CONTEXT.matcher(p);
        if (context.lookingAt()) {
            out.warning(line, "questions.import.problem.category-context", context.group());
            p = p.substring(context.end());
        }
        return Texts.blankToNull(p);
    }
}
