package org.sourcewise.questions;

import java.util.List;
import org.sourcewise.content.DraftQuestionWriter;
import org.sourcewise.content.drafting.DraftQuestion;
import org.sourcewise.questions.formats.ExportResult;
import org.sourcewise.questions.formats.QuestionFormat;
import org.sourcewise.questions.formats.QuestionFormats;
import org.springframework.stereotype.Component;

/**
 * Takes the questions drafted from an article into the bank through the ordinary import (Sourcewise
 * JSON, so every bank rule applies): each one DRAFT, tagged {@code drafted}, filed under its lesson and
 * linked to its claim. A refused draft is a bug in the drafter, so it fails the course it belongs to.
 */
@Component
class DraftQuestionImport implements DraftQuestionWriter {

    static final String TAG = "drafted";

    private final QuestionImportService imports;

    DraftQuestionImport(QuestionImportService imports) {
        this.imports = imports;
    }

    @Override
    public int write(long courseId, List<DraftQuestion> drafts) {
        if (drafts.isEmpty()) {
            return 0;
        }
        List<QuestionSpec> specs = drafts.stream().map(DraftQuestionImport::spec).toList();
        ExportResult json = QuestionFormats.export(QuestionFormat.JSON, specs);
        if (!json.skipped().isEmpty()) {
            throw new IllegalStateException("drafted questions that JSON cannot carry: " + json.skipped());
        }
        QuestionImportReport report = imports.importQuestions(courseId, QuestionFormat.JSON, json.utf8(), false);
        if (!report.ok()) {
            throw new IllegalStateException("the bank refused drafted questions: " + report.errors());
        }
        return report.imported();
    }

    static QuestionSpec spec(DraftQuestion draft) {
        QuestionContent content = switch (draft.type()) {
            case CLOZE -> new QuestionContent(QuestionType.CLOZE, draft.stem(), draft.options().stream()
                    .map(o -> Option.blankAnswer(1, o.text(), o.correct() ? 1.0 : 0.0, o.feedback())).toList(),
                    draft.explanation(), null);
            case TRUE_FALSE -> new QuestionContent(QuestionType.TRUE_FALSE, draft.stem(), choices(draft), draft.explanation(), null);
            case SINGLE_CHOICE -> new QuestionContent(QuestionType.SINGLE_CHOICE, draft.stem(), choices(draft),
                    draft.explanation(), null);
        };
        Difficulty difficulty = draft.type() == DraftQuestion.Type.TRUE_FALSE ? Difficulty.EASY : Difficulty.MEDIUM;
        return new QuestionSpec(draft.key(), null, content, List.of(draft.claimKey()), draft.category(), List.of(TAG),
                difficulty, QuestionStatus.DRAFT);
    }

    private static List<Option> choices(DraftQuestion draft) {
        return draft.options().stream().map(o -> Option.choice(o.text(), o.correct() ? 1.0 : 0.0, o.feedback())).toList();
    }
}
