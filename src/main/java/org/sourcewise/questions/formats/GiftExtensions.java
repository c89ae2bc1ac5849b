package org.sourcewise.questions.formats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sourcewise.questions.Difficulty;

/**
 * Sourcewise's comment lines, written directly before a GIFT question to carry what GIFT has no syntax
 * for: {@code // key: q-01}, {@code // claims: c01, c02}, {@code // tags: a, b},
 * {@code // difficulty: hard} and {@code // explanation: text} (GIFT escapes apply, so {@code \n} is a
 * line break). Moodle ignores them as comments, so the file stays valid GIFT.
 */
final class GiftExtensions {

    private static final Pattern LINE =
            Pattern.compile("//\\s*(key|claims|tags|difficulty|explanation)\\s*:(.*)", Pattern.CASE_INSENSITIVE);
    /** Moodle's own comments since 3.6: {@code // [id:Q7] [tag:rail] [tag:gauge]}, anywhere in a question's comments. */
    private static final Pattern MOODLE_TAG = Pattern.compile("\\[tag:([^\\]]*)]");
    private static final Pattern MOODLE_ID = Pattern.compile("\\[id:([^\\]]*)]");

    private @Nullable String key;
    private List<String> claims = List.of();
    private List<String> tags = List.of();
    private @Nullable Difficulty difficulty;
    private @Nullable String explanation;
    private final List<String> seen = new ArrayList<>();
    private final List<String> moodleTags = new ArrayList<>();
    private @Nullable String moodleId;
    private int firstLine;

    static boolean isExtension(String commentLine) {
        return LINE.matcher(commentLine.strip()).matches();
    }

    /** Reads one extension line, reporting a bad or repeated value. */
    void read(SourceLines.Line line, ImportCollector out) {
        Matcher m = LINE.matcher(line.text().strip());
        if (!m.matches()) {
            return;
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        String value = m.group(2).strip();
        if (seen.contains(name)) {
            out.error(line.number(), "questions.import.problem.gift.extension-twice", name);
            return;
        }
        seen.add(name);
        if (firstLine == 0) {
            firstLine = line.number();
        }
        switch (name) {
            case "key" -> key = value.isEmpty() ? null : value;
            case "claims" -> claims = list(value, "questions.import.problem.gift.empty-claim", line.number(), out);
            case "tags" -> tags = list(value, "questions.import.problem.gift.empty-tag", line.number(), out);
            case "difficulty" -> difficulty = difficulty(value, line.number(), out);
            case "explanation" -> explanation = Texts.blankToNull(GiftEscapes.unescape(value));
            default -> throw new IllegalStateException("unhandled extension " + name);
        }
    }

    /** The items of a comma-separated list; {@code emptyItem} is the key that says one of them is empty. */
    private static List<String> list(String value, String emptyItem, int line, ImportCollector out) {
        if (value.isEmpty()) {
            return List.of();
        }
        List<String> items = Arrays.stream(value.split(",", -1)).map(String::strip).toList();
        if (items.contains("")) {
            out.error(line, emptyItem, value);
            return List.of();
        }
        return items;
    }

    private static @Nullable Difficulty difficulty(String value, int line, ImportCollector out) {
        for (Difficulty d : Difficulty.values()) {
            if (d.name().equalsIgnoreCase(value)) {
                return d;
            }
        }
        out.error(line, "questions.import.problem.gift.unknown-difficulty", value);
        return null;
    }

    /** Reads Moodle's {@code [tag:...]} and {@code [id:...]} from any comment line of the question. */
    void readMoodle(SourceLines.Line line, ImportCollector out) {
        Matcher tag = MOODLE_TAG.matcher(line.text());
        while (tag.find()) {
            String t = GiftEscapes.unescape(tag.group(1)).strip();
            if (!t.isEmpty() && !moodleTags.contains(t)) {
                moodleTags.add(t);
            }
        }
        Matcher id = MOODLE_ID.matcher(line.text());
        if (id.find()) {
            String value = Texts.blankToNull(GiftEscapes.unescape(id.group(1)));
            if (moodleId != null && value != null && !value.equals(moodleId)) {
                out.warning(line.number(), "questions.import.problem.gift.second-moodle-id", Texts.excerpt(value));
            } else if (value != null) {
                moodleId = value;
            }
        }
    }

    boolean any() {
        return !seen.isEmpty();
    }

    int firstLine() {
        return firstLine;
    }

    /** The {@code // key:}, else Moodle's {@code [id:...]}: an id number is what Moodle keys a question by. */
    @Nullable String key() {
        return key != null ? key : moodleId;
    }

    /** Whether a Moodle id was given and lost to a different {@code // key:}. */
    boolean idOverridden() {
        return key != null && moodleId != null && !key.equals(moodleId);
    }

    List<String> claims() {
        return claims;
    }

    /** The {@code // tags:} and Moodle's {@code [tag:...]}, each once, in that order. */
    List<String> tags() {
        if (moodleTags.isEmpty()) {
            return tags;
        }
        List<String> all = new ArrayList<>(tags);
        moodleTags.stream().filter(t -> !all.contains(t)).forEach(all::add);
        return List.copyOf(all);
    }

    @Nullable Difficulty difficulty() {
        return difficulty;
    }

    @Nullable String explanation() {
        return explanation;
    }
}
