package org.sourcewise;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sourcewise.browser.Bundles;

/**
 * What a browser test reads on a page that should be in German: the page says {@code lang="de"}, no
 * key is shown without words (⟦key⟧), and none of the app's own English sentences (three words or
 * more from the English words files, where German differs) appears outside course content, which is
 * marked with its own {@code lang}. Words hard-coded in a view are ViewTextTest's to find.
 */
final class GermanPages {

    private static final Set<String> ENGLISH_SENTENCES = englishSentences();

    /** The visible text of the page in the page's own language: course content in another is left out. */
    private static final String TEXT_IN_PAGE_LANGUAGE = """
            () => {
              const copy = document.body.cloneNode(true);
              copy.querySelectorAll('script, style, template, [lang]:not([lang|="de"])').forEach(e => e.remove());
              return copy.textContent.replace(/\\s+/g, ' ');
            }""";

    private GermanPages() {
    }

    static List<String> englishOn(Page page, String label) {
        List<String> found = new ArrayList<>();
        Object lang = page.evaluate("() => document.documentElement.lang");
        if (!String.valueOf(lang).startsWith("de")) {
            found.add("/" + label + ": <html lang=\"" + lang + "\">, not de");
        }
        String text = (String) page.evaluate(TEXT_IN_PAGE_LANGUAGE);
        int missing = text.indexOf('⟦');
        if (missing >= 0) {
            found.add("/" + label + ": a key without words: " + text.substring(missing, Math.min(text.length(), missing + 60)));
        }
        String title = page.title();
        for (String sentence : ENGLISH_SENTENCES) {
            if (text.contains(sentence) || title.contains(sentence)) {
                found.add("/" + label + ": English on a German page: \"" + sentence + "\"");
            }
        }
        return found;
    }

    /** The fixed part (before any parameter) of each English pattern of three words or more that German writes otherwise. */
    private static Set<String> englishSentences() {
        Bundles words = Bundles.loaded();
        Map<String, String> german = words.all(Locale.GERMAN);
        Set<String> sentences = new TreeSet<>();
        words.all(Locale.ENGLISH).forEach((key, english) -> {
            if (english.equals(german.get(key)) || english.contains("{0,choice")) {
                return;
            }
            String fixed = english.split("\\{", 2)[0].replace("''", "'").strip();
            if (fixed.split("\\s+").length >= 3) {
                sentences.add(fixed);
            }
        });
        return sentences;
    }
}
