package org.sourcewise.content.drafting;

import java.util.ArrayList;
import java.util.List;

/**
 * Long test articles made of the short made-up ones: each copy's numbers and years shifted, so that a
 * long article has many distinct facts, as a real one does. Used by tests and the drafting benchmark.
 */
public final class DraftingCorpus {

    private DraftingCorpus() {
    }

    /** A plain-text article of at least {@code words} words, in blank-line separated paragraphs. */
    public static String article(int words) {
        List<String> sources = List.of(
                String.join("\n\n", ArticleReader.read(Articles.text(Articles.TRAM), ArticleFormat.TEXT).paragraphs()),
                String.join("\n\n", ArticleReader.read(Articles.text(Articles.DAM), ArticleFormat.MARKDOWN).paragraphs()),
                String.join("\n\n", ArticleReader.read(Articles.text(Articles.CHESS), ArticleFormat.HTML).paragraphs()));
        List<String> parts = new ArrayList<>();
        int count = 0;
        for (int copy = 0; count < words; copy++) {
            String part = shift(sources.get(copy % sources.size()), copy / sources.size());
            parts.add(part);
            count += ClaimProposer.wordCount(part);
        }
        return String.join("\n\n", parts);
    }

    // 1911 -> 1913, 48 -> 50...: every digit run gets the copy number added, keeping its commas
    private static String shift(String text, int by) {
        if (by == 0) {
            return text;
        }
        var m = java.util.regex.Pattern.compile("\\d+").matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, String.valueOf(Integer.parseInt(m.group()) + by));
        }
        m.appendTail(b);
        return b.toString();
    }
}
