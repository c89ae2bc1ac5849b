package org.sourcewise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sourcewise.browser.Bundles;

/**
 * Every word a view shows comes from the words files (issue 18). This reads the source of every
 * {@code ui} package and fails on a string literal that reads as English, naming the file and line,
 * and on a literal key that the English words file lacks. A literal that is not shown to anyone (a
 * CSS value, a log line) is left alone when its line ends with {@code // not shown}.
 */
class ViewTextTest {

    private static final Path SOURCES = Path.of("src/main/java/org/sourcewise");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    // a capitalised word ("Save", "Question 3") or three lower-case words in a row ("in 3 days" is two)
    private static final Pattern READS_AS_TEXT = Pattern.compile("\\b[A-Z][a-z]{1,}\\b|\\b[a-z]{2,} [a-z]{2,} [a-z]{2,}\\b|[a-z]{2,}[.!?:]$");
    private static final Pattern KEY_PREFIX = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)*\\.");
    private static final Pattern KEY_CALL = Pattern.compile("(?:getTranslation|Words\\.of|translate)\\(\\s*\"([a-z][a-z0-9-]*(?:\\.[a-zA-Z0-9-]+)+)\"");
    // lines whose literals are code, not words for a person
    private static final List<String> CODE_LINES = List.of("log.", "LoggerFactory", "@Route", "@CssImport", "@StyleSheet", "@JsModule",
            "executeJs(", "callJsFunction(", "getStyle()", "setId(", "addClassName", "addClassNames", "removeClassName",
            "setClassName", "@Meta", "@PreAuthorize", "@RolesAllowed", "@SuppressWarnings", "// not shown", "getElement().getThemeList()",
            "setThemeName", "addThemeName", "@Value(", "QueryParameters", "\"mailto:");

    @Test
    void views_show_no_english_written_into_the_code() {
        List<String> found = new ArrayList<>();
        for (Path file : viewSources()) {
            List<String> lines = lines(file);
            boolean inComment = false;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (inComment) {
                    inComment = !line.contains("*/");
                    continue;
                }
                if (line.startsWith("/*")) {
                    inComment = !line.contains("*/");
                    continue;
                }
                if (line.startsWith("//") || line.startsWith("*") || line.startsWith("import ") || line.startsWith("package ")
                        || CODE_LINES.stream().anyMatch(line::contains)) {
                    continue;
                }
                Matcher m = LITERAL.matcher(line.replaceAll("//[^\"]*$", ""));
                while (m.find()) {
                    String text = m.group(1);
                    if (READS_AS_TEXT.matcher(text).find() && !KEY_PREFIX.matcher(text).matches() && !text.equals("Sourcewise")) {
                        found.add(SOURCES.relativize(file) + ":" + (i + 1) + ": \"" + text + "\"");
                    }
                }
            }
        }
        assertThat(found).as("English in views' code; move it into i18n/<area>_en.properties and _de").isEmpty();
    }

    @Test
    void every_key_the_code_names_has_english_words() {
        Set<String> english = Bundles.loaded().all(Locale.ENGLISH).keySet();
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> all = Files.walk(SOURCES)) {
            for (Path file : all.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_CALL.matcher(String.join("\n", lines(file)));
                while (m.find()) {
                    if (!english.contains(m.group(1))) {
                        missing.add(SOURCES.relativize(file) + ": " + m.group(1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(missing).as("keys named in code but missing from the English words").isEmpty();
    }

    private static List<Path> viewSources() {
        try (Stream<Path> all = Files.walk(SOURCES)) {
            return all.filter(p -> p.toString().endsWith(".java") && p.toString().contains("/ui/")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
