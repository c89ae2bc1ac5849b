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
    private final Set<String> warned = new HashSet<>();

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
                    warnOnce(line, "text in [" + format.name().toLowerCase(Locale.ROOT) + "] format is kept as written"
                            + " but shown as Markdown, so characters such as * _ ` [ < # and line breaks may render"
                            + " differently; check it");
                }
                return text;
            }
            case HTML -> {
                HtmlToMarkdown.Result r = HtmlToMarkdown.convert(text);
                if (r.hasImage()) {
                    out.error(line, "HTML image (<img>) cannot be imported: a GIFT file does not carry the picture"
                            + " and Sourcewise questions have no attached files");
                }
                for (HtmlToMarkdown.DroppedFile f : r.files()) {
                    if (!f.image()) {
                        warnOnce(line, "the link to the file " + f.describe() + " attached in Moodle is dropped, its"
                                + " text kept: a GIFT file does not carry the file");
                    }
                }
                if (!r.markdown().equals(text.strip())) {
                    warnOnce(line, "[html] text converted to Markdown; check the formatting"
                            + (r.droppedTags().isEmpty() ? ""
                                    : " (tags dropped, their text kept: " + String.join(", ", r.droppedTags()) + ")"));
                }
                return r.markdown();
            }
            default -> throw new IllegalStateException("unknown text format " + format);
        }
    }

    void warnOnce(int line, String message) {
        if (warned.add(message)) {
            out.warning(line, message);
        }
    }
}
