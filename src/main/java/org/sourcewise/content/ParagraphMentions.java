package org.sourcewise.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an authored text (an explanation, a piece of feedback) names a paragraph of the source:
 * "paragraph 7", "Paragraph 3", "paragraphs 14 and 15", "paragraphs 5-6". Plain Java; the views turn
 * each mention into a link to that paragraph.
 */
public final class ParagraphMentions {

    /** The characters {@code [start, end)} of the text that name paragraph {@code paragraph}. */
    public record Mention(int start, int end, int paragraph) {
    }

    private static final Pattern MENTION = Pattern.compile(
            "(?i)\\bparagraphs?\\s+\\d{1,4}(?:\\s*(?:,|and|or|to|-|\u2013)\\s*\\d{1,4})*\\b");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,4}");

    private ParagraphMentions() {
    }

    /**
     * Every mention in the text's order. The first number of a mention takes the word with it
     * ("paragraphs 14"); the numbers after it stand alone ("15").
     */
    public static List<Mention> find(String text) {
        List<Mention> found = new ArrayList<>();
        Matcher mention = MENTION.matcher(text);
        while (mention.find()) {
            Matcher number = NUMBER.matcher(text).region(mention.start(), mention.end());
            boolean first = true;
            while (number.find()) {
                int paragraph = Integer.parseInt(number.group());
                if (paragraph > 0) {
                    found.add(new Mention(first ? mention.start() : number.start(), number.end(), paragraph));
                }
                first = false;
            }
        }
        return found;
    }
}
