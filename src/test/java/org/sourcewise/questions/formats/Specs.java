package org.sourcewise.questions.formats;

import java.util.List;
import org.sourcewise.questions.Option;
import org.sourcewise.questions.QuestionContent;
import org.sourcewise.questions.QuestionSpec;
import org.sourcewise.questions.QuestionStatus;
import org.sourcewise.questions.QuestionType;

/** Short ways to write the questions tests expect. */
final class Specs {

    private Specs() {
    }

    /** A draft as an importer without metadata gives it: no key, claims, category or tags; medium difficulty. */
    static QuestionSpec draft(String title, QuestionType type, String stem, Option... options) {
        return new QuestionSpec(null, title, new QuestionContent(type, stem, List.of(options), null, null), List.of(),
                null, List.of(), null, QuestionStatus.DRAFT);
    }

    static QuestionSpec withGeneralFeedback(QuestionSpec s, String generalFeedback) {
        QuestionContent c = s.content();
        return withContent(s, new QuestionContent(c.type(), c.stem(), c.options(), c.explanation(), generalFeedback));
    }

    static QuestionSpec inCategory(QuestionSpec s, String category) {
        return new QuestionSpec(s.key(), s.title(), s.content(), s.claimKeys(), category, s.tags(), s.difficulty(),
                s.status());
    }

    static QuestionSpec withContent(QuestionSpec s, QuestionContent content) {
        return new QuestionSpec(s.key(), s.title(), content, s.claimKeys(), s.category(), s.tags(), s.difficulty(),
                s.status());
    }

    static QuestionSpec withStatus(QuestionSpec s, QuestionStatus status) {
        return new QuestionSpec(s.key(), s.title(), s.content(), s.claimKeys(), s.category(), s.tags(), s.difficulty(),
                status);
    }

    static Option distractor(String match) {
        return Option.distractor(match);
    }

    static Option trueOption(double weight, String feedback) {
        return Option.choice("True", weight, feedback);
    }

    static Option falseOption(double weight, String feedback) {
        return Option.choice("False", weight, feedback);
    }
}
