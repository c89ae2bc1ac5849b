package org.sourcewise.questions.formats;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sourcewise.questions.Option;
import org.sourcewise.questions.QuestionContent;
import org.sourcewise.questions.QuestionSpec;
import org.sourcewise.questions.QuestionStatus;
import org.sourcewise.questions.QuestionType;

/**
 * Writes single-choice questions as Aiken. Aiken holds a one-line text, up to 26 one-line options and
 * the right letter, nothing else: bank metadata (key, title, claims, category, tags, difficulty, status)
 * is never written, and a question whose content Aiken cannot hold (feedback, partial credit, an
 * explanation...) is skipped with the reason.
 */
final class AikenExporter {

    private AikenExporter() {
    }

    static ExportResult write(List<QuestionSpec> specs) {
        StringBuilder text = new StringBuilder();
        List<String> skipped = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            QuestionSpec spec = specs.get(i);
            String reason = unsupported(spec.content());
            String block = null;
            if (reason == null) {
                block = block(spec.content());
                reason = readBack(spec, block);
            }
            if (reason != null) {
                skipped.add(GiftExporter.label(spec, i) + ": " + reason);
                continue;
            }
            text.append(block).append('\n');
        }
        return new ExportResult(text.toString(), skipped);
    }

    private static @Nullable String unsupported(QuestionContent c) {
        if (c.type() != QuestionType.SINGLE_CHOICE) {
            return "Aiken holds single-choice questions only, not " + c.type();
        }
        if (c.options().size() > 26) {
            return "Aiken holds at most 26 options";
        }
        if (c.options().stream().anyMatch(o -> o.weight() != 0 && o.weight() != 1)) {
            return "Aiken has no partial credit";
        }
        if (c.options().stream().anyMatch(o -> o.feedback() != null)) {
            return "Aiken has no option feedback";
        }
        if (c.explanation() != null || c.generalFeedback() != null) {
            return "Aiken has no place for an explanation or general feedback";
        }
        return null;
    }

    private static String block(QuestionContent c) {
        StringBuilder b = new StringBuilder(c.stem()).append('\n');
        char right = '?';
        for (int i = 0; i < c.options().size(); i++) {
            Option o = c.options().get(i);
            char letter = (char) ('A' + i);
            b.append(letter).append(") ").append(o.text()).append('\n');
            if (o.weight() == 1) {
                right = letter;
            }
        }
        return b.append("ANSWER: ").append(right).append('\n').toString();
    }

    private static @Nullable String readBack(QuestionSpec spec, String block) {
        try {
            List<QuestionSpec> back = AikenImporter.read(block).questions();
            if (back.size() != 1) {
                return "Aiken would read it as " + back.size() + " questions";
            }
            String diff = SpecDiff.first(contentOnly(spec), contentOnly(back.get(0)));
            return diff == null ? null : "Aiken cannot carry it exactly (" + diff + ")";
        } catch (ImportException e) {
            return "Aiken cannot carry it (" + e.errors().get(0).message() + ")";
        }
    }

    private static QuestionSpec contentOnly(QuestionSpec spec) {
        QuestionSpec trimmed = Texts.trimmed(spec, QuestionStatus.DRAFT);
        return new QuestionSpec(null, null, trimmed.content(), List.of(), null, List.of(), null, QuestionStatus.DRAFT);
    }
}
