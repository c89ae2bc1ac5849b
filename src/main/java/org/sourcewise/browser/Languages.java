package org.sourcewise.browser;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the app's own words are written in (issue 18). Course content is not among them: it
 * stays in the language its author wrote it in, and says so. English comes first, so it is what a
 * browser that asks for none of these gets.
 */
public final class Languages {

    /**
     * Every language the app speaks, English first. English is British English, as the app's words
     * are written and as its dates were always shown (7 Dec 2026, 16:36).
     */
    public static final List<Locale> SUPPORTED = List.of(Locale.UK, Locale.GERMANY);

    private Languages() {
    }

    /** The supported language with this tag's language ("de-AT" gives German), if any. */
    public static Optional<Locale> supported(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        return of(Locale.forLanguageTag(tag.strip()));
    }

    /** The supported language with this locale's language, if any. */
    public static Optional<Locale> of(Locale locale) {
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(locale.getLanguage())).findFirst();
    }

    /** The first of the browser's languages (in its order of preference) that the app speaks, else English. */
    public static Locale bestFor(List<Locale> preferred) {
        return preferred.stream().map(Languages::of).flatMap(Optional::stream).findFirst().orElse(SUPPORTED.getFirst());
    }

    /** The language's own name for itself, as a switch lists it ("Deutsch", not "German"). */
    public static String ownName(Locale language) {
        String name = language.getDisplayLanguage(language);
        return name.isEmpty() ? language.getLanguage() : name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }
}
