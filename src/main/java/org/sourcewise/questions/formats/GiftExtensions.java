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

    private @Nullable String key;
    private List<String> claims = List.of();
    private List<String> tags = List.of();
    private @Nullable Difficulty difficulty;
    private @Nullable String explanation;
    private final List<String> seen = new ArrayList<>();
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
            out.error(line.number(), "'// " + name + ":' is given twice for the same question");
            return;
        }
        seen.add(name);
        if (firstLine == 0) {
            firstLine = line.number();
        }
        switch (name) {
            case "key" -> key = value.isEmpty() ? null : value;
            case "claims" -> claims = list(value, "claim key", line.number(), out);
            case "tags" -> tags = list(value, "tag", line.number(), out);
            case "difficulty" -> difficulty = difficulty(value, line.number(), out);
            case "explanation" -> explanation = Texts.blankToNull(GiftEscapes.unescape(value));
            default -> throw new IllegalStateException("unhandled extension " + name);
        }
    }

    private static List<String> list(String value, String what, int line, ImportCollector out) {
        if (value.isEmpty()) {
            return List.of();
        }
        List<String> items = Arrays.stream(value.split(",", -1)).map(String::strip).toList();
        if (items.contains("")) {
            out.error(line, "empty " + what + " in '" + value + "' (separate " + what + "s with single commas)");
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
        out.error(line, "unknown difficulty '" + value + "' (easy, medium or hard)");
        return null;
    }

    boolean any() {
        return !seen.isEmpty();
    }

    int firstLine() {
        return firstLine;
    }

    @Nullable String key() {
        return key;
    }

    List<String> claims() {
        return claims;
    }

    List<String> tags() {
        return tags;
    }

    @Nullable Difficulty difficulty() {
        return difficulty;
    }

    @Nullable String explanation() {
        return explanation;
    }
}
