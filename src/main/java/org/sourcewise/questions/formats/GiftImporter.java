package org.sourcewise.questions.formats;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads a GIFT file: questions separated by blank lines, whole-line {@code //} comments (some of them
 * Sourcewise extensions, see {@link GiftExtensions}) and {@code $CATEGORY:} lines, which set the
 * category of the questions after them.
 */
final class GiftImporter {

    private static final String CATEGORY = "$CATEGORY:";

    /** The category in force: set by a $CATEGORY: line, for the questions after it. */
    private static final class Category {
        @Nullable String path;
    }

    private GiftImporter() {
    }

    static ImportResult read(String text) {
        ImportCollector out = new ImportCollector();
        Category category = new Category();
        for (List<SourceLines.Line> block : blocks(SourceLines.split(text))) {
            out.guarded(block.get(0).number(), () -> category.path = readBlock(block, category.path, out));
        }
        if (out.questionCount() == 0 && out.errorCount() == 0) {
            out.warning(0, "questions.import.problem.no-questions");
        }
        return out.finish();
    }

    private static List<List<SourceLines.Line>> blocks(List<SourceLines.Line> lines) {
        List<List<SourceLines.Line>> blocks = new ArrayList<>();
        List<SourceLines.Line> current = new ArrayList<>();
        for (SourceLines.Line line : lines) {
            if (line.text().isBlank()) {
                if (!current.isEmpty()) {
                    blocks.add(current);
                    current = new ArrayList<>();
                }
            } else {
                current.add(line);
            }
        }
        if (!current.isEmpty()) {
            blocks.add(current);
        }
        return blocks;
    }

    /** Reads one block and returns the category in force after it. */
    private static @Nullable String readBlock(List<SourceLines.Line> block, @Nullable String category, ImportCollector out) {
        GiftExtensions ext = new GiftExtensions();
        List<SourceLines.Line> question = new ArrayList<>();
        boolean categoryRead = false;
        for (SourceLines.Line line : block) {
            String s = line.text().strip();
            if (s.startsWith("//")) {
                ext.readMoodle(line, out);
                if (GiftExtensions.isExtension(s)) {
                    if (question.isEmpty()) {
                        ext.read(line, out);
                    } else {
                        out.warning(line.number(), "questions.import.problem.gift.comment-inside");
                    }
                }
                continue;
            }
            if (question.isEmpty() && !categoryRead && s.startsWith(CATEGORY)) {
                category = category(s.substring(CATEGORY.length()), line.number(), out);
                categoryRead = true;
                continue;
            }
            question.add(line);
        }
        if (question.isEmpty()) {
            if (ext.any()) {
                out.warning(ext.firstLine(), "questions.import.problem.gift.comments-alone");
            }
            return category;
        }
        if (ext.idOverridden()) {
            out.warning(question.get(0).number(), "questions.import.problem.gift.moodle-id-overridden");
        }
        if (categoryRead) {
            out.warning(question.get(0).number(), "questions.import.problem.gift.after-category");
        }
        GiftQuestionParser.parse(GiftText.of(question), category, ext, out);
        return category;
    }

    private static @Nullable String category(String path, int line, ImportCollector out) {
        // An empty $CATEGORY: ends the previous category; Sourcewise writes one when questions without one follow.
        return MoodleCategory.path(path, line, out);
    }
}
