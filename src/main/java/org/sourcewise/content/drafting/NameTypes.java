package org.sourcewise.content.drafting;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What each name of an article is, a person, an organisation or a place, from the evidence the whole
 * article gives: a title ("Councillor", "Dr", "... Pasha"), the last word ("Agency", "University",
 * "Street", "Sea"), the JDK's country names and a short list of places, the words around it ("in Lyon",
 * "Osei, who runs", "Haines said"). A surname alone is the person's whose full name the article gives. A
 * name without evidence is {@link Type#OTHER}, and the drafter gives it no distractor rather than a wrong one.
 */
public final class NameTypes {

    public enum Type { PERSON, ORGANISATION, PLACE, OTHER }

    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "to", "from", "near", "across", "around", "into",
            "toward", "towards", "throughout", "via", "outside", "inside");
    private static final Set<String> SAYING = Set.of("said", "says", "told", "argued", "argues", "warned", "added",
            "explained", "believes", "thinks", "wrote", "recalled", "insisted", "admitted", "complained", "welcomed");

    private final Map<String, int[]> evidence = new HashMap<>();
    private final Map<String, Type> types = new HashMap<>();

    /** The types of the names in {@code sentences}, the article's sentences in order. */
    public NameTypes(List<String> sentences, Set<String> knownNames) {
        for (String sentence : sentences) {
            for (Mention m : Mentions.find(sentence, knownNames)) {
                if (m.kind() == Mention.Kind.NAME && !m.unit().equals(Mentions.ADJECTIVE)) {
                    weigh(sentence, m);
                }
            }
        }
        for (var e : evidence.entrySet()) {
            types.put(e.getKey(), decide(e.getKey(), e.getValue()));
        }
        // "Lindqvist said" is Hana Lindqvist
        for (var e : evidence.entrySet()) {
            String name = e.getKey();
            if (!name.contains(" ") && types.get(name) == Type.OTHER) {
                for (var other : types.entrySet()) {
                    if (other.getValue() == Type.PERSON && other.getKey().endsWith(" " + name)) {
                        types.put(name, Type.PERSON);
                    }
                }
            }
        }
    }

    /** The type of a name mention of the article; {@link Type#OTHER} for a name used as an adjective or unknown. */
    public Type of(Mention m) {
        if (m.kind() != Mention.Kind.NAME || m.unit().equals(Mentions.ADJECTIVE)) {
            return Type.OTHER;
        }
        return types.getOrDefault(core(m.text()), decide(core(m.text()), formEvidence(m.text())));
    }

    /** The name without a title before or after it and without "the", lower case: "Peter Haines". */
    static String core(String name) {
        String[] words = name.strip().split("\\s+");
        int from = 0;
        int to = words.length;
        while (from < to - 1 && (Lexicon.list("person-titles").contains(clean(words[from])) || clean(words[from]).equals("the"))) {
            from++;
        }
        while (to > from + 1 && Lexicon.list("person-title-after").contains(clean(words[to - 1]))) {
            to--;
        }
        return String.join(" ", java.util.Arrays.asList(words).subList(from, to)).toLowerCase(Locale.ROOT);
    }

    /** Whether the name carries a person's title ("Mr", "Councillor", "... Pasha"). */
    static boolean hasTitle(String name) {
        String[] words = name.strip().split("\\s+");
        return words.length > 1 && (Lexicon.list("person-titles").contains(clean(words[0]))
                || Lexicon.list("person-title-after").contains(clean(words[words.length - 1])));
    }

    private static String clean(String word) {
        return word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}']", "");
    }

    private void weigh(String sentence, Mention m) {
        int[] e = evidence.computeIfAbsent(core(m.text()), k -> new int[3]);
        int[] form = formEvidence(m.text());
        for (int i = 0; i < 3; i++) {
            e[i] += form[i];
        }
        String before = sentence.substring(0, m.start()).strip().toLowerCase(Locale.ROOT);
        String previous = before.isEmpty() ? "" : before.substring(before.lastIndexOf(' ') + 1);
        if (PLACE_PREPOSITIONS.contains(previous)) {
            e[2] += 1;
        }
        String after = sentence.substring(m.end()).toLowerCase(Locale.ROOT);
        if (after.startsWith("'s") || after.startsWith("\u2019s")) {
            after = after.substring(2);
        }
        after = after.strip();
        if (after.startsWith(", who ") || after.startsWith("who ")) {
            e[0] += 2;
        } else if (after.startsWith(", which ") || after.startsWith("which ")) {
            e[1] += 1;
        }
        String next = after.replaceFirst("^,\\s*", "").split("[\\s,.;:]+", 2)[0];
        if (SAYING.contains(next)) {
            e[0] += 1;
        }
    }

    /** Evidence from the name's own words: {person, organisation, place}. */
    private static int[] formEvidence(String name) {
        int[] e = new int[3];
        String core = core(name);
        String[] words = core.split("\\s+");
        String last = words[words.length - 1];
        if (hasTitle(name)) {
            e[0] += 3;
        }
        if (Lexicon.list("organisation-words").contains(last)) {
            e[1] += 3;
        }
        if (Lexicon.isCountry(core) || Lexicon.list("places").contains(core)) {
            e[2] += 4;
        } else if (Lexicon.list("place-words").contains(last) && words.length > 1) {
            e[2] += 3;
        }
        String bare = name.strip().replaceFirst("^[Tt]he ", "");
        if (bare.length() >= 2 && bare.length() <= 6 && bare.chars().allMatch(c -> Character.isUpperCase(c) || c == '&')) {
            e[1] += 2; // an acronym: EPA, IMF; "US" and "UK" are in the places list
        }
        return e;
    }

    private static Type decide(String core, int[] e) {
        int person = e[0];
        int organisation = e[1];
        int place = e[2];
        int words = core.split("\\s+").length;
        if (person == 0 && organisation == 0 && place == 0) {
            // two or three plain capitalised words with nothing else to go on read as a person's name: "Lena Osei"
            return words >= 2 && words <= 3 ? Type.PERSON : Type.OTHER;
        }
        if (person > organisation && person > place) {
            return Type.PERSON;
        }
        if (organisation > place && organisation >= person) {
            return Type.ORGANISATION;
        }
        if (place > organisation && place >= person) {
            return Type.PLACE;
        }
        return Type.OTHER;
    }
}
