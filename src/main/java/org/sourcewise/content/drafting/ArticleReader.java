package org.sourcewise.content.drafting;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;
import org.jspecify.annotations.Nullable;

/**
 * Reads an article's body paragraphs from plain text, Markdown (CommonMark) or HTML (jsoup).
 *
 * <p>Rules, the same for every format: paragraphs are blocks of text (blank-line separated in plain
 * text, paragraph and list-item blocks in Markdown and HTML); whitespace inside a paragraph becomes one
 * space; headings, a short byline ("By ..."), one-line blocks that do not end like a sentence and blocks
 * wholly in italics (an author's note) are not body paragraphs. HTML is cleaned first: scripts, styles, navigation, headers, footers, asides,
 * forms and figures go, then jsoup's {@link Safelist#relaxed()} keeps only harmless markup; when the
 * page has an {@code <article>}, only it is read.
 */
public final class ArticleReader {

    /** A read article: its body paragraphs and, where the file names one, its title. */
    public record Read(List<String> paragraphs, @Nullable String title) {

        public Read {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    private static final Pattern BLANK_LINE = Pattern.compile("\\n\\s*\\n");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final int HEADING_WORDS = 14;
    private static final int BYLINE_WORDS = 12;

    private ArticleReader() {
    }

    public static Read read(@Nullable String text, ArticleFormat format) {
        String clean = text == null ? "" : text.replace("\uFEFF", "").replace("\r\n", "\n").replace('\r', '\n');
        return switch (format) {
            case TEXT -> new Read(body(plainBlocks(withoutTables(withoutTags(clean)))), null);
            case MARKDOWN -> markdown(withoutTables(withoutTags(clean)));
            case HTML -> html(clean);
        };
    }

    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");
    private static final Pattern LINE_BREAK_TAG = Pattern.compile("(?i)<br\\s*/?>");
    private static final Pattern BLOCK_TAG = Pattern.compile("(?i)</?(p|div|h[1-6]|li|ul|ol|blockquote|section|article|tr|table)(\\s[^<>]*)?/?>");
    // an image and what it says about itself (alt, title) are no part of the text
    private static final Pattern VOID_TAG = Pattern.compile("(?i)<(img|input|hr|meta|link|source|embed)(\\s[^<>]*)?/?>");
    private static final Pattern ANY_TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9-]*(\\s[^<>]*)?/?>");
    private static final Pattern TABLE_SEPARATOR = Pattern.compile("^\\s*\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)+\\|?\\s*$");
    private static final Pattern TABLE_ROW = Pattern.compile("^\\s*\\|.*\\|\\s*$");

    /**
     * Stray HTML tags in text that is not an HTML page (pasted from a web page or a CMS): a line break tag
     * breaks the line, a block tag separates paragraphs, an image goes with its alt text, any other tag goes
     * and its text stays; character references ("&amp;amp;") are read.
     */
    static String withoutTags(String text) {
        if (text.indexOf('<') < 0 && text.indexOf('&') < 0) {
            return text;
        }
        String t = COMMENT.matcher(text).replaceAll("");
        t = LINE_BREAK_TAG.matcher(t).replaceAll("\n");
        t = BLOCK_TAG.matcher(t).replaceAll("\n\n");
        t = VOID_TAG.matcher(t).replaceAll("");
        t = ANY_TAG.matcher(t).replaceAll("");
        return org.jsoup.parser.Parser.unescapeEntities(t, false);
    }

    /**
     * Text without Markdown (or pipe-drawn) tables: a table's cells are no sentences. A table is a run of lines
     * that start and end with "|", or lines with "|" around a separator line of dashes.
     */
    static String withoutTables(String text) {
        if (text.indexOf('|') < 0) {
            return text;
        }
        List<String> lines = new ArrayList<>(text.lines().toList());
        boolean[] table = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            if (TABLE_SEPARATOR.matcher(lines.get(i)).matches()) {
                table[i] = true;
                for (int j = i - 1; j >= 0 && lines.get(j).contains("|"); j--) {
                    table[j] = true;
                }
                for (int j = i + 1; j < lines.size() && lines.get(j).contains("|"); j++) {
                    table[j] = true;
                }
            } else if (TABLE_ROW.matcher(lines.get(i)).matches() && (i > 0 && TABLE_ROW.matcher(lines.get(i - 1)).matches()
                    || i + 1 < lines.size() && TABLE_ROW.matcher(lines.get(i + 1)).matches())) {
                table[i] = true;
            }
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            b.append(table[i] ? "" : lines.get(i)).append('\n');
        }
        return b.toString();
    }

    private static List<String> plainBlocks(String text) {
        String[] blocks = BLANK_LINE.split(text.strip());
        List<String> list = new ArrayList<>();
        if (blocks.length == 1 && blocks[0].lines().count() >= 3) {
            // no blank lines at all: one paragraph per line
            blocks[0].lines().forEach(list::add);
        } else {
            list.addAll(List.of(blocks));
        }
        return list;
    }

    /** Collapses whitespace and drops empty blocks, headings and a byline. */
    private static List<String> body(List<String> blocks) {
        List<String> paragraphs = new ArrayList<>();
        for (String block : blocks) {
            String p = SPACES.matcher(block).replaceAll(" ").strip();
            if (p.isEmpty() || isHeading(p) || isByline(p) || isNote(p)) {
                continue;
            }
            paragraphs.add(p);
        }
        return paragraphs;
    }

    static boolean isHeading(String p) {
        return ClaimProposer.wordCount(p) <= HEADING_WORDS && !p.matches(".*[.?!:;\"'\u201d\u2019)\\]]$");
    }

    /** A block wholly in *single asterisks* or _underscores_: an author's note or a caption in plain text. */
    static boolean isNote(String p) {
        return p.length() > 2 && (p.startsWith("*") && p.endsWith("*") && !p.startsWith("**")
                || p.startsWith("_") && p.endsWith("_") && !p.startsWith("__"));
    }

    static boolean isByline(String p) {
        return p.startsWith("By ") && ClaimProposer.wordCount(p) <= BYLINE_WORDS;
    }

    private static Read markdown(String text) {
        Node document = Parser.builder().build().parse(text);
        List<String> blocks = new ArrayList<>();
        String[] title = new String[1];
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                if (title[0] == null && heading.getLevel() == 1) {
                    title[0] = SPACES.matcher(literal(heading)).replaceAll(" ").strip();
                }
            }

            @Override
            public void visit(Paragraph paragraph) {
                Node only = paragraph.getFirstChild();
                boolean whollyEmphasised = only instanceof Emphasis && only.getNext() == null;
                if (!whollyEmphasised) {
                    blocks.add(literal(paragraph));
                }
            }
        });
        return new Read(body(blocks), title[0]);
    }

    private static String literal(Node node) {
        StringBuilder b = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                b.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                b.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak softLineBreak) {
                b.append(' ');
            }

            @Override
            public void visit(HardLineBreak hardLineBreak) {
                b.append(' ');
            }
        });
        return b.toString();
    }

    private static Read html(String html) {
        Document page = Jsoup.parse(html);
        String title = page.title().isBlank() ? null : page.title().strip();
        Element h1 = page.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) {
            title = h1.text().strip();
        }
        page.select("script, style, noscript, template, nav, header, footer, aside, form, figure, iframe, svg, button, table").remove();
        Element root = page.selectFirst("article");
        if (root == null) {
            root = page.body();
        }
        Document clean = Jsoup.parseBodyFragment(Jsoup.clean(root.html(), Safelist.relaxed()));
        List<String> blocks = new ArrayList<>();
        for (Element block : clean.body().select("p, li, blockquote, pre, dd")) {
            if (block.selectFirst("p, li, blockquote, pre, dd") != null && block.select("p, li, blockquote, pre, dd").size() > 1) {
                continue; // a container: its inner blocks are read instead
            }
            blocks.add(block.text());
        }
        if (blocks.isEmpty()) {
            return new Read(body(plainBlocks(root.wholeText())), title);
        }
        return new Read(body(blocks), title);
    }
}
