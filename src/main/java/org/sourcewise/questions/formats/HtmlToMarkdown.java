package org.sourcewise.questions.formats;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jspecify.annotations.Nullable;

/**
 * Converts the HTML that Moodle exports in GIFT {@code [html]} texts into Markdown: paragraphs, line
 * breaks, bold, italics, code, preformatted blocks, headings, lists and links. Other tags are dropped
 * with their content kept and named in the result, so the importer can warn; images cannot be carried
 * (a GIFT file has no room for the picture itself) and are flagged for the importer to reject.
 */
final class HtmlToMarkdown {

    /**
     * The Markdown, the tags dropped on the way, and the files it referred to that a question cannot hold:
     * each image (its alt text is kept in the Markdown) and each link to a file attached in Moodle
     * ({@code @@PLUGINFILE@@/...}; the link's text is kept).
     */
    record Result(String markdown, Set<String> droppedTags, List<DroppedFile> files) {

        boolean hasImage() {
            return files.stream().anyMatch(DroppedFile::image);
        }
    }

    /** A picture or attached file left out: its name (or address), alt text if any, and whether it was an image. */
    record DroppedFile(String name, @Nullable String alt, boolean image) {

        /** As a warning lists it: the name, and the alt text kept in its place. */
        Phrase describe() {
            return alt == null ? Phrase.of("questions.import.problem.file", Texts.excerpt(name))
                    : Phrase.of("questions.import.problem.file-with-alt", Texts.excerpt(name), Texts.excerpt(alt));
        }
    }

    /** Moodle's placeholder for the address of a file attached to the question. */
    static final String PLUGINFILE = "@@PLUGINFILE@@/";

    private static final String MARKDOWN_SPECIAL = "\\*_`[]<>";
    /** Stands for a text ampersand until the end, when one that would start an entity gets its backslash. */
    private static final String AMPERSAND = "\uE001";

    private final StringBuilder md = new StringBuilder();
    private final Set<String> dropped = new TreeSet<>();
    private final Deque<int[]> lists = new ArrayDeque<>();   // {ordered ? 1 : 0, items so far}
    private final Deque<String> links = new ArrayDeque<>();
    private final List<DroppedFile> files = new ArrayList<>();
    private boolean afterImage;
    private int pre;
    private int code;

    private HtmlToMarkdown() {
    }

    static Result convert(String html) {
        HtmlToMarkdown c = new HtmlToMarkdown();
        // jsoup parses as a browser would (entities decoded, unclosed and misnested tags mended), so the
        // Markdown says what the teacher saw in Moodle
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    c.text(text.getWholeText());
                } else if (node instanceof Element element && depth > 0) {
                    c.tag(element.normalName(), false, element);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && depth > 0 && !element.tag().isEmpty()) {
                    c.tag(element.normalName(), true, element);
                }
            }
        }, Jsoup.parseBodyFragment(html).body());
        c.block();
        String markdown = c.md.toString()
                .replaceAll(AMPERSAND + "(?=[#A-Za-z0-9]+;)", "\\\\&").replace(AMPERSAND, "&")
                .replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
        return new Result(markdown, c.dropped, List.copyOf(c.files));
    }

    private void text(String raw) {
        if (raw.isEmpty()) {
            return;
        }
        String t = pre > 0 ? raw : raw.replaceAll("[ \\t\\r\\n\\f]+", " ");
        if (pre == 0 && atLineStart()) {
            t = t.stripLeading();
        } else if (afterImage && !t.isEmpty() && !Character.isWhitespace(t.charAt(0))) {
            t = " " + t; // the alt text put in the picture's place stands apart from the words after it
        }
        afterImage = false;
        append(t, pre == 0 && code == 0);
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

    private void tag(String name, boolean closing, Element element) {
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
            case "a" -> link(closing, element.attr("href"));
            case "hr" -> {
                block();
                md.append("---");
                block();
            }
            case "img" -> image(element);
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

    // The picture cannot come along (a question holds no files); its alt text says what it showed.
    private void image(Element img) {
        String alt = img.attr("alt").strip();
        files.add(new DroppedFile(fileName(img.attr("src")), alt.isEmpty() ? null : alt, true));
        if (!alt.isEmpty()) {
            if (!atLineStart() && md.charAt(md.length() - 1) != ' ') {
                md.append(' ');
            }
            append("(image: " + alt.replaceAll("\\s+", " ") + ")", pre == 0 && code == 0);
            afterImage = true;
        }
    }

    private static String fileName(String src) {
        String s = src.strip();
        return s.startsWith(PLUGINFILE) ? s.substring(PLUGINFILE.length()) : s.isEmpty() ? "(no address)" : s;
    }

    private void link(boolean closing, String href) {
        if (closing) {
            String target = links.poll();
            if (target != null && !target.isEmpty()) {
                md.append("](").append(target).append(')');
            }
            return;
        }
        if (href.isBlank()) {
            dropped.add("a");
            links.push("");   // so that the closing tag does not take an outer link's address
            return;
        }
        if (href.strip().startsWith(PLUGINFILE)) {
            // a file attached in Moodle, which is not in the question file's text: the link's words stay
            files.add(new DroppedFile(fileName(href), null, false));
            links.push("");
            return;
        }
        links.push(href.strip());
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
