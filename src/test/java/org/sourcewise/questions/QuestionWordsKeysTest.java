package org.sourcewise.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sourcewise.browser.Bundles;

/**
 * Every key of the words files that the questions module names in its code, services and helpers
 * included (ViewTextTest sees only keys passed straight to getTranslation or Words.of), has English words.
 */
class QuestionWordsKeysTest {

    private static final Pattern KEY = Pattern.compile("\"(questions\\.[a-z0-9-]+(?:\\.[a-z0-9-]+)+)\"");

    @Test
    void every_key_the_questions_module_names_has_english_words() throws IOException {
        Set<String> english = Bundles.loaded().all(Locale.ENGLISH).keySet();
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/sourcewise/questions"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(file));
                while (m.find()) {
                    // a file name such as questions.yaml is not a key
                    if (!m.group(1).matches(".*\\.(yaml|json|csv|xml|txt|gift)") && !english.contains(m.group(1))) {
                        missing.add(file.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
