package org.sourcewise.questions.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sourcewise.questions.QuestionSpec;
import org.sourcewise.questions.QuestionStatus;

/**
 * Writes questions as GIFT, with {@code $CATEGORY:} lines where the category changes. Each question is
 * read back before it is written: one that would not come back the same (apart from whitespace around
 * texts, and status, since GIFT imports are always drafts) is skipped with the reason instead.
 */
final class GiftExporter {

    private GiftExporter() {
    }

    static ExportResult write(List<QuestionSpec> specs) {
        StringBuilder text = new StringBuilder();
        List<String> skipped = new ArrayList<>();
        String category = null;
        for (int i = 0; i < specs.size(); i++) {
            QuestionSpec spec = specs.get(i);
            String reason = GiftWriter.unsupported(spec);
            String block = null;
            if (reason == null) {
                block = GiftWriter.write(spec);
                reason = readBack(spec, block);
            }
            if (reason != null) {
                skipped.add(label(spec, i) + ": " + reason);
                continue;
            }
            if (!Objects.equals(spec.category(), category)) {
                category = spec.category();
                text.append("$CATEGORY: ").append(category == null ? "" : category).append("\n\n");
            }
            text.append(block).append('\n');
        }
        return new ExportResult(text.toString(), skipped);
    }

    static String label(QuestionSpec spec, int index) {
        return spec.key() != null ? spec.key() : "question " + (index + 1) + " (no key)";
    }

    private static @Nullable String readBack(QuestionSpec spec, String block) {
        String categoryLine = spec.category() == null ? "" : "$CATEGORY: " + spec.category() + "\n\n";
        try {
            List<QuestionSpec> back = GiftImporter.read(categoryLine + block).questions();
            if (back.size() != 1) {
                return "GIFT would read it as " + back.size() + " questions";
            }
            String diff = SpecDiff.first(Texts.trimmed(spec, QuestionStatus.DRAFT),
                    Texts.trimmed(back.get(0), QuestionStatus.DRAFT));
            return diff == null ? null : "GIFT cannot carry it exactly (" + diff + ")";
        } catch (ImportException e) {
            return "GIFT cannot carry it (" + e.errors().get(0).message() + ")";
        }
    }
}
