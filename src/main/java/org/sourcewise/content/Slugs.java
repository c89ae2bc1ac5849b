package org.sourcewise.content;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one way a title becomes a slug or a key: lower-case ASCII words joined by hyphens (accents
 * dropped, apostrophes removed so that "Society's" stays one word), cut at a word boundary. Course
 * slugs and quiz keys use it.
 */
public final class Slugs {

    private Slugs() {
    }

    /**
     * @param maxLength the longest slug; a longer one is cut at its last hyphen when that keeps at least half
     * @param fallback  what a title without a single ASCII letter or digit becomes
     */
    public static String of(String title, int maxLength, String fallback) {
        String ascii = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("['\u2019]", "").replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (slug.length() > maxLength) {
            slug = slug.substring(0, maxLength);
            int cut = slug.lastIndexOf('-');
            slug = cut > maxLength / 2 ? slug.substring(0, cut) : slug.replaceAll("-+$", "");
        }
        return slug.isEmpty() ? fallback : slug;
    }
}
