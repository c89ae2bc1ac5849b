package org.sourcewise.questions.formats;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns one raw GIFT text (a question text, answer or feedback, escapes still in place) into the
 * Markdown Sourcewise stores. Markdown is kept; plain and Moodle auto-format text is kept as written,
 * with a warning when Markdown would render it differently; HTML is converted with a warning. Each
 * warning is given once per question.
 */
final class GiftTextReader {

    private final ImportCollector out;
    private final Set<Phrase> warned = new HashSet<>();

    GiftTextReader(ImportCollector out) {
        this.out = out;
    }

    /** The Markdown for {@code raw}, or null when it is empty. */
    @Nullable String read(String raw, GiftTextFormat inherited, int line) {
        GiftTextFormat.Prefixed p = GiftTextFormat.split(raw.strip(), inherited);
        // Trimmed after unescaping, as Moodle does: an escaped line break at either end goes too.
        String text = GiftEscapes.unescape(p.rest()).strip();
        return Texts.blankToNull(convert(text, p.format(), line));
    }

    private String convert(String text, GiftTextFormat format, int line) {
        switch (format) {
            case MARKDOWN -> {
                return text;
            }
            case PLAIN, MOODLE -> {
                if (MarkdownSyntax.mayRenderDifferently(text)) {
                    warnOnce(line, "questions.import.problem.gift.text-markdown", format.name().toLowerCase(Locale.ROOT));
                }
                return text;
            }
            case HTML -> {
                HtmlToMarkdown.Result r = HtmlToMarkdown.convert(text);
                if (r.hasImage()) {
                    out.error(line, "questions.import.problem.gift.html-image");
                }
                for (HtmlToMarkdown.DroppedFile f : r.files()) {
                    if (!f.image()) {
                        warnOnce(line, "questions.import.problem.gift.file-link", f.describe());
                    }
                }
                if (!r.markdown().equals(text.strip())) {
                    if (r.droppedTags().isEmpty()) {
                        warnOnce(line, "questions.import.problem.gift.html-converted");
                    } else {
                        warnOnce(line, "questions.import.problem.gift.html-converted-tags", String.join(", ", r.droppedTags()));
                    }
                }
                return r.markdown();
            }
            default -> throw new IllegalStateException("unknown text format " + format);
        }
    }

    /** Warns at {@code line} with the words of {@code key} and {@code params}, unless this question had that warning already. */
    void warnOnce(int line, String key, Object... params) {
        Phrase words = Phrase.of(key, params);
        if (warned.add(words)) {
            out.warning(line, words);
        }
    }
}
