package org.sourcewise.questions.formats;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts the HTML that Moodle exports in GIFT {@code [html]} texts into Markdown: paragraphs, line
 * breaks, bold, italics, code, preformatted blocks, headings, lists and links. Other tags are dropped
 * with their content kept and named in the result, so the importer can warn; images cannot be carried
 * (a GIFT file has no room for the picture itself) and are flagged for the importer to reject.
 */
final class HtmlToMarkdown {

    /** The Markdown, the tags dropped on the way, and whether the HTML held an image. */
    record Result(String markdown, Set<String> droppedTags, boolean hasImage) {
    }

    private static final Pattern TOKEN =
            Pattern.compile("<!--.*?-->|<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>", Pattern.DOTALL);
    private static final Pattern HREF =
            Pattern.compile("href\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENTITY = Pattern.compile("&(#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Map<String, String> NAMED =
            Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "nbsp", "\u00A0");
    private static final String MARKDOWN_SPECIAL = "\\*_`[]<>";
    /** Stands for a text ampersand until the end, when one that would start an entity gets its backslash. */
    private static final String AMPERSAND = "\uE001";

    private final StringBuilder md = new StringBuilder();
    private final Set<String> dropped = new TreeSet<>();
    private final Deque<int[]> lists = new ArrayDeque<>();   // {ordered ? 1 : 0, items so far}
    private final Deque<String> links = new ArrayDeque<>();
    private boolean image;
    private int pre;
    private int code;

    private HtmlToMarkdown() {
    }

    static Result convert(String html) {
        HtmlToMarkdown c = new HtmlToMarkdown();
        Matcher m = TOKEN.matcher(html);
        int at = 0;
        while (m.find()) {
            c.text(html.substring(at, m.start()));
            if (m.group(2) != null) {
                c.tag(m.group(2).toLowerCase(Locale.ROOT), !m.group(1).isEmpty(), m.group(3));
            }
            at = m.end();
        }
        c.text(html.substring(at));
        c.block();
        String markdown = c.md.toString()
                .replaceAll(AMPERSAND + "(?=[#A-Za-z0-9]+;)", "\\\\&").replace(AMPERSAND, "&")
                .replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
        return new Result(markdown, c.dropped, c.image);
    }

    private void text(String raw) {
        if (raw.isEmpty()) {
            return;
        }
        String t = pre > 0 ? raw : raw.replaceAll("[ \\t\\r\\n\\f]+", " ");
        if (pre == 0 && atLineStart()) {
            t = t.stripLeading();
        }
        boolean escape = pre == 0 && code == 0;
        Matcher e = ENTITY.matcher(t);
        int at = 0;
        while (e.find()) {
            append(t.substring(at, e.start()), escape);
            String decoded = decode(e.group(1));
            if (decoded == null) {
                md.append(e.group());   // an entity we do not know: Markdown renders entities too
            } else {
                append(decoded, escape);
            }
            at = e.end();
        }
        append(t.substring(at), escape);
    }

    private void append(String text, boolean escape) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (escape && c == '&') {
                // Whether it needs escaping depends on what follows it in the output, known only at the end.
                md.append(AMPERSAND);
                continue;
            }
            if (escape && MARKDOWN_SPECIAL.indexOf(c) >= 0) {
                md.append('\\');
            }
            md.append(c);
        }
    }

    private static String decode(String entity) {
        try {
            if (entity.startsWith("#x") || entity.startsWith("#X")) {
                return Character.toString(Integer.parseInt(entity.substring(2), 16));
            }
            if (entity.startsWith("#")) {
                return Character.toString(Integer.parseInt(entity.substring(1)));
            }
        } catch (IllegalArgumentException notACodePoint) {
            return null;
        }
        return NAMED.get(entity);
    }

    private void tag(String name, boolean closing, String attributes) {
        switch (name) {
            case "p", "div" -> block();
            case "br" -> lineBreak();
            case "b", "strong" -> md.append("**");
            case "i", "em" -> md.append('*');
            case "code" -> codeSpan(closing);
            case "pre" -> preformatted(closing);
            case "h1", "h2", "h3", "h4", "h5", "h6" -> heading(name.charAt(1) - '0', closing);
            case "ul", "ol" -> list(name.equals("ol"), closing);
            case "li" -> listItem(closing);
            case "a" -> link(closing, attributes);
            case "hr" -> {
                block();
                md.append("---");
                block();
            }
            case "img" -> image = true;
            default -> other(name, closing);
        }
    }

    private void codeSpan(boolean closing) {
        if (pre > 0) {
            return;
        }
        md.append('`');
        code += closing ? -1 : 1;
    }

    private void preformatted(boolean closing) {
        if (closing) {
            newline();
            md.append("```");
            block();
            pre = Math.max(0, pre - 1);
        } else {
            block();
            md.append("```\n");
            pre++;
        }
    }

    private void heading(int level, boolean closing) {
        block();
        if (!closing) {
            md.append("#".repeat(level)).append(' ');
        }
    }

    private void list(boolean ordered, boolean closing) {
        if (closing) {
            lists.poll();
        } else {
            lists.push(new int[] {ordered ? 1 : 0, 0});
        }
        if (lists.isEmpty()) {
            block();
        } else {
            newline();
        }
    }

    private void listItem(boolean closing) {
        if (closing) {
            return;
        }
        newline();
        int[] list = lists.peek();
        if (list == null) {
            md.append("- ");
            return;
        }
        md.append("   ".repeat(lists.size() - 1));
        md.append(list[0] == 1 ? ++list[1] + ". " : "- ");
    }

    private void link(boolean closing, String attributes) {
        if (closing) {
            String href = links.poll();
            if (href != null && !href.isEmpty()) {
                md.append("](").append(href).append(')');
            }
            return;
        }
        Matcher h = HREF.matcher(attributes);
        String href = null;
        if (h.find()) {
            href = h.group(1) != null ? h.group(1) : h.group(2) != null ? h.group(2) : h.group(3);
        }
        if (href == null || href.isBlank()) {
            dropped.add("a");
            links.push("");   // so that the closing tag does not take an outer link's address
            return;
        }
        links.push(href);
        md.append('[');
    }

    private void other(String name, boolean closing) {
        dropped.add(name);
        if (name.equals("td") || name.equals("th")) {
            if (!closing && !atLineStart()) {
                md.append(' ');
            }
        } else if (name.equals("tr") || name.equals("table") || name.equals("blockquote")) {
            newline();
        }
    }

    private void lineBreak() {
        if (md.isEmpty()) {
            return;
        }
        if (atLineStart()) {
            block();
        } else {
            md.append("\\\n");
        }
    }

    private void block() {
        trimTrailingSpaces();
        // A hard break at the end of a paragraph would show as a backslash.
        if (md.toString().endsWith("\\\n")) {
            md.setLength(md.length() - 2);
        }
        if (!md.isEmpty() && !md.toString().endsWith("\n\n")) {
            md.append(md.charAt(md.length() - 1) == '\n' ? "\n" : "\n\n");
        }
    }

    private void newline() {
        trimTrailingSpaces();
        if (!md.isEmpty() && md.charAt(md.length() - 1) != '\n') {
            md.append('\n');
        }
    }

    private boolean atLineStart() {
        return md.isEmpty() || md.charAt(md.length() - 1) == '\n';
    }

    private void trimTrailingSpaces() {
        while (!md.isEmpty() && md.charAt(md.length() - 1) == ' ') {
            md.setLength(md.length() - 1);
        }
    }
}
