package org.sourcewise.content.drafting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The drafter's word lists, read once from {@code drafting/lexicon.txt} (data, not Java): titles, the last
 * words of organisations' and places' names, places, capitals, common English words, function words.
 */
final class Lexicon {

    private static final Map<String, Set<String>> LISTS = new HashMap<>();
    private static final Map<String, String> CAPITALS = new LinkedHashMap<>();
    /** Countries by their English names, from the JDK (ISO 3166), lower case. */
    private static final Set<String> COUNTRIES = new LinkedHashSet<>();

    static {
        String section = "";
        try (InputStream in = Lexicon.class.getResourceAsStream("/drafting/lexicon.txt")) {
            if (in == null) {
                throw new IllegalStateException("drafting/lexicon.txt is missing from the class path");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                if (l.startsWith("[") && l.endsWith("]")) {
                    section = l.substring(1, l.length() - 1);
                    continue;
                }
                if (section.equals("capitals")) {
                    String[] pair = l.split("=");
                    CAPITALS.put(pair[0].strip(), pair[1].strip());
                    continue;
                }
                Set<String> list = LISTS.computeIfAbsent(section, s -> new LinkedHashSet<>());
                for (String word : l.split(",")) {
                    if (!word.isBlank()) {
                        list.add(word.strip().toLowerCase(Locale.ROOT));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String code : Locale.getISOCountries()) {
            String name = Locale.of("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT);
            COUNTRIES.add(name);
            // "Korea (North)" and "Myanmar (Burma)" as news writes them
            int paren = name.indexOf(" (");
            if (paren > 0) {
                COUNTRIES.add(name.substring(0, paren));
            }
        }
        COUNTRIES.addAll(Set.of("north korea", "south korea", "russia", "iran", "syria", "vietnam", "laos", "bolivia",
                "venezuela", "tanzania", "moldova", "the netherlands", "czech republic", "ivory coast", "britain"));
    }

    private Lexicon() {
    }

    static Set<String> list(String name) {
        Set<String> list = LISTS.get(name);
        if (list == null) {
            throw new IllegalArgumentException("no list [" + name + "] in drafting/lexicon.txt");
        }
        return list;
    }

    static boolean isCountry(String lower) {
        return COUNTRIES.contains(lower);
    }

    /** Country and capital, both lower case. */
    static Map<String, String> capitals() {
        return CAPITALS;
    }
}
