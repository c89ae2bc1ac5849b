package org.sourcewise.questions.formats;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sourcewise.questions.Option;
import org.sourcewise.questions.QuestionContent;
import org.sourcewise.questions.QuestionSpec;
import org.sourcewise.questions.QuestionStatus;

/** Small text helpers shared by the formats. */
final class Texts {

    private Texts() {
    }

    private static final int EXCERPT = 60;

    /** {@code text} for quoting in a message: whole when short, else its start and an ellipsis, so a hostile file's huge answer is not echoed back. */
    static String excerpt(String text) {
        if (text.length() <= EXCERPT) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(EXCERPT - 1)) ? EXCERPT - 1 : EXCERPT;
        return text.substring(0, end) + "…";
    }

    static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * A question as a text format that trims its texts gives it back: surrounding whitespace gone, line
     * endings as {@code \n}, empty texts absent. Exporters compare against this, since these differences
     * are the format's nature rather than a loss worth skipping a question for.
     */
    static QuestionSpec trimmed(QuestionSpec spec, QuestionStatus status) {
        QuestionContent c = spec.content();
        List<Option> options = c.options().stream().map(Texts::trimmed).toList();
        String stem = trim(c.stem());
        // content always has a stem, if only a blank one
        QuestionContent content = new QuestionContent(c.type(), stem == null ? "" : stem, options, trim(c.explanation()),
                trim(c.generalFeedback()));
        return new QuestionSpec(trim(spec.key()), trim(spec.title()), content, spec.claimKeys(),
                trim(spec.category()), spec.tags(), spec.difficulty(), status);
    }

    private static Option trimmed(Option o) {
        return new Option(trim(o.text()), trim(o.match()), o.value(), o.tolerance(), o.weight(), trim(o.feedback()),
                o.blank());
    }

    private static @Nullable String trim(@Nullable String text) {
        return text == null ? null : blankToNull(text.replace("\r\n", "\n").replace('\r', '\n'));
    }
}
