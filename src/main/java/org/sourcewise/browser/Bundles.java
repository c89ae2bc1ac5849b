package org.sourcewise.browser;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The app's words in every language it speaks, read from {@code i18n/<area>_<language>.properties}
 * (UTF-8). Each module keeps its own files, so each file's keys begin with its area
 * ({@code quizzes.taking.start}). Values are {@link MessageFormat} patterns in the language's
 * locale: {@code {0}} writes a number with that language's separators, {@code {0,choice,...}} picks
 * a plural, and an apostrophe is written twice.
 *
 * <p>The words never change while the app runs, so one copy serves every session and node.
 */
public final class Bundles {

    private static final Logger log = LoggerFactory.getLogger(Bundles.class);
    private static final Pattern FILE = Pattern.compile("([a-z][a-z0-9-]*)_([a-z]{2})\\.properties");

    // by language code ("en", "de"): a region never changes the words, only how dates are written
    private final Map<String, Map<String, String>> words;
    private final Set<String> reportedMissing = ConcurrentHashMap.newKeySet();

    Bundles(Map<Locale, Map<String, String>> words) {
        Map<String, Map<String, String>> byLanguage = new HashMap<>();
        words.forEach((locale, w) -> byLanguage.put(locale.getLanguage(), Map.copyOf(w)));
        this.words = Map.copyOf(byLanguage);
    }

    /** The bundles on the class path, read on first use. */
    public static Bundles loaded() {
        return OnClassPath.BUNDLES;
    }

    /** Holds the class path's bundles; the JVM reads them once, on first use. */
    private static final class OnClassPath {
        static final Bundles BUNDLES = read("classpath*:i18n/*.properties");
    }

    static Bundles read(String pattern) {
        Map<Locale, Map<String, String>> words = new HashMap<>();
        Languages.SUPPORTED.forEach(l -> words.put(l, new HashMap<>()));
        try {
            for (Resource file : new PathMatchingResourcePatternResolver().getResources(pattern)) {
                String name = file.getFilename();
                Matcher m = FILE.matcher(name == null ? "" : name);
                if (!m.matches()) {
                    throw new IllegalStateException("A words file must be named <area>_<language>.properties: " + name); // not shown
                }
                Locale language = Languages.supported(m.group(2))
                        .orElseThrow(() -> new IllegalStateException("Words in a language the app does not speak: " + name)); // not shown
                Properties p = new Properties();
                try (Reader in = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
                    p.load(in);
                }
                String area = m.group(1) + ".";
                for (String key : p.stringPropertyNames()) {
                    if (!key.startsWith(area)) {
                        throw new IllegalStateException(name + ": the key " + key + " must begin with " + area); // not shown
                    }
                    words.computeIfAbsent(language, l -> new HashMap<>()).put(key, p.getProperty(key));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Bundles(words);
    }

    /** Every key and its pattern in one language. */
    public Map<String, String> all(Locale language) {
        return words.getOrDefault(language.getLanguage(), Map.of());
    }

    /**
     * The words for {@code key} in {@code locale}'s language with {@code params} filled in. A key
     * missing in that language falls back to English; one missing everywhere shows as ⟦key⟧, which
     * the browser tests look for.
     */
    public String say(Locale locale, String key, Object... params) {
        Locale language = Languages.of(locale).orElse(Languages.SUPPORTED.getFirst());
        String pattern = all(language).get(key);
        if (pattern == null) {
            if (reportedMissing.add(language + ":" + key)) {
                log.warn("No words for {} in {}", key, language);
            }
            language = Languages.SUPPORTED.getFirst();
            pattern = all(language).get(key);
        }
        if (pattern == null) {
            return "⟦" + key + "⟧";
        }
        return new MessageFormat(pattern, language).format(params);
    }
}
