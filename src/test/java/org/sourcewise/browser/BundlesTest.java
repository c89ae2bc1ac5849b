package org.sourcewise.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BundlesTest {

    private static final Bundles WORDS = Bundles.loaded();
    // an apostrophe MessageFormat would swallow: one that is not doubled
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @Test
    void every_language_has_words_for_every_english_key_and_no_others() {
        Set<String> english = WORDS.all(Locale.ENGLISH).keySet();
        assertThat(english).isNotEmpty();
        for (Locale language : Languages.SUPPORTED) {
            Set<String> missing = new TreeSet<>(english);
            missing.removeAll(WORDS.all(language).keySet());
            Set<String> extra = new TreeSet<>(WORDS.all(language).keySet());
            extra.removeAll(english);
            assertThat(missing).as("keys without words in " + language).isEmpty();
            assertThat(extra).as("keys in " + language + " that English lacks").isEmpty();
        }
    }

    @Test
    void every_pattern_is_a_message_format_with_the_same_parameters_in_each_language() {
        List<String> wrong = new ArrayList<>();
        for (Locale language : Languages.SUPPORTED) {
            for (Map.Entry<String, String> e : WORDS.all(language).entrySet()) {
                String where = language + " " + e.getKey() + ": ";
                if (LONE_APOSTROPHE.matcher(e.getValue()).find()) {
                    wrong.add(where + "an apostrophe must be written twice ('')");
                }
                try {
                    int english = new MessageFormat(WORDS.all(Locale.ENGLISH).getOrDefault(e.getKey(), ""), Locale.ENGLISH)
                            .getFormatsByArgumentIndex().length;
                    int here = new MessageFormat(e.getValue(), language).getFormatsByArgumentIndex().length;
                    if (english != here) {
                        wrong.add(where + "uses " + here + " parameters, English " + english);
                    }
                } catch (IllegalArgumentException broken) {
                    wrong.add(where + broken.getMessage());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void a_key_missing_in_every_language_is_shown_marked_and_german_falls_back_to_english_words() {
        Bundles words = new Bundles(Map.of(Locale.ENGLISH, Map.of("x.only-english", "Only {0}"), Locale.GERMAN, Map.of()));
        assertThat(words.say(Locale.GERMAN, "x.only-english", 3)).isEqualTo("Only 3");
        assertThat(words.say(Locale.GERMAN, "x.nowhere")).isEqualTo("⟦x.nowhere⟧");
    }

    @Test
    void numbers_are_written_with_the_languages_separators() {
        Bundles words = new Bundles(Map.of(Locale.ENGLISH, Map.of("x.n", "{0} points"), Locale.GERMAN, Map.of("x.n", "{0} Punkte")));
        assertThat(words.say(Locale.ENGLISH, "x.n", 1234.5)).isEqualTo("1,234.5 points");
        assertThat(words.say(Locale.GERMAN, "x.n", 1234.5)).isEqualTo("1.234,5 Punkte");
        assertThat(words.say(Locale.forLanguageTag("de-AT"), "x.n", 2.5)).isEqualTo("2,5 Punkte");
    }

    @Test
    void the_browsers_first_language_the_app_speaks_is_chosen() {
        assertThat(Languages.bestFor(List.of(Locale.forLanguageTag("fr-FR"), Locale.forLanguageTag("de-CH")))).isEqualTo(Locale.GERMANY);
        assertThat(Languages.bestFor(List.of(Locale.forLanguageTag("ko")))).isEqualTo(Locale.UK);
        assertThat(Languages.ownName(Locale.GERMANY)).isEqualTo("Deutsch");
        assertThat(Languages.ownName(Locale.UK)).isEqualTo("English");
    }
}
