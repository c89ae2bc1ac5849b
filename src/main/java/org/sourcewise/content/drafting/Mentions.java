package org.sourcewise.content.drafting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sourcewise.content.drafting.Tokens.Token;

/**
 * Finds the numbers (counts, percentages, sums of money), dates (years, decades, days) and names in a
 * sentence, working on the tokens of the JDK's word {@link java.text.BreakIterator}.
 *
 * <p>A capitalised word starts a name; following capitalised words (and "of", "de", "al" between
 * two of them) continue it. The first word of a sentence is capitalised anyway, so there it counts
 * only when it is not a common opener ("The", "However", ...) and the article also capitalises it
 * mid-sentence ({@code knownNames}).
 */
public final class Mentions {

    static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11), Map.entry("december", 12),
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("jun", 6),
            Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));
    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    private static final Set<String> SCALES = Set.of("hundred", "thousand", "million", "billion", "trillion", "bn", "m");
    private static final Set<String> CURRENCY_WORDS = Set.of("dollars", "euros", "pounds", "rubles", "roubles", "yuan",
            "yen", "rupees", "francs", "won", "pesos", "usd", "eur", "cents", "pence", "kopecks");
    private static final Set<String> CURRENCY_SIGNS = Set.of("$", "€", "£", "¥", "₽", "₩");
    private static final Set<String> PERCENT_WORDS = Set.of("percent", "per", "pc");
    /** Words after which a four-digit number is a count, not a year, are nouns; these are not. */
    private static final Set<String> AFTER_YEAR = Set.of("and", "or", "to", "when", "as", "the", "that", "after", "before",
            "with", "was", "is", "were", "in", "on", "at", "for", "he", "she", "it", "they", "we", "by", "but", "until",
            "onwards", "through", "has", "had", "saw", "election", "elections", "agreement", "deal", "summit", "crisis",
            "war", "census", "budget", "season", "report", "survey", "law", "plan", "treaty", "visit", "talks");
    private static final Set<String> CONNECTORS = Set.of("of", "for", "de", "al", "von", "van", "del", "la", "bin", "da", "&");
    /** Capitalised words that open sentences and are not names. */
    static final Set<String> OPENERS = Set.of("the", "a", "an", "this", "that", "these", "those", "it", "its", "in", "on",
            "at", "but", "however", "and", "yet", "still", "although", "though", "while", "when", "if", "as", "for",
            "with", "by", "from", "after", "before", "since", "during", "despite", "moreover", "meanwhile", "such", "some",
            "many", "most", "both", "each", "every", "their", "his", "her", "our", "we", "they", "he", "she", "there",
            "here", "what", "why", "how", "who", "which", "where", "even", "only", "also", "other", "another", "one", "not",
            "no", "so", "thus", "indeed", "instead", "under", "over", "between", "among", "through", "against",
            "without", "within", "unlike", "like", "according", "last", "next", "first", "second", "third", "finally",
            "today", "yesterday", "now", "then", "i", "you", "my", "your", "all", "any", "more", "less", "few", "several",
            "until", "because", "unless", "whether", "once", "nor", "or", "to", "of", "do", "does", "did", "is", "are",
            "was", "were", "be", "can", "could", "will", "would", "should", "may", "might", "must", "let", "perhaps",
            "given", "beyond", "above", "below", "around", "about", "into", "onto", "upon", "toward", "towards", "per",
            "further", "furthermore", "nevertheless", "nonetheless", "accordingly", "consequently", "therefore", "hence",
            "overall", "similarly", "likewise", "otherwise", "rather", "much", "yes", "ok", "mr", "mrs", "ms", "dr");
    /** The {@link Mention#unit()} of a name used as an adjective ("Russian officials"). */
    public static final String ADJECTIVE = "adjective";
    private static final Pattern DEMONYM_ENDINGS = Pattern.compile("(ian|ean|ese|ish|ican|ern|ch|ic|ani|aqi|eli|ean)$");
    private static final Set<String> DEMONYMS = Set.of("german", "soviet", "thai", "greek", "swiss", "arab", "roman",
            "african", "european", "asian", "korean", "nordic", "baltic", "slavic", "latin");
    private static final Pattern NUMBER = Pattern.compile("[$€£¥₽₩]?\\d[\\d,.]*(%|s|bn|m|k)?");

    /** Numbers written as words; "one" counts only with a scale ("one million"), it is too often "one of". */
    static final Map<String, Integer> WORD_NUMBERS = Map.ofEntries(Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
            Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("hundred", 100),
            Map.entry("dozen", 12), Map.entry("one", 1));
    /** Words after a number written as words that show it is no quantity of the article: "the two of them". */
    private static final Set<String> NOT_COUNTED = Set.of("of", "or", "and", "to", "than", "more", "times", "other",
            "others", "-", "–", "largest", "biggest", "main", "sides", "ways");
    /** Words before a number written as words that make it a reference, not a quantity: "the two members". */
    private static final Set<String> REFERENCE_BEFORE = Set.of("the", "these", "those", "its", "their", "his", "her",
            "our", "all", "both", "every", "each", "any", "no");
    /** Words after a four-digit number that end in "s" but are no plural nouns: "in 2023 was", "2001 has". */
    private static final Set<String> NOT_PLURAL = Set.of("was", "is", "has", "does", "as", "its", "this", "his", "thus",
            "always", "perhaps", "across", "unless", "besides", "whereas", "towards", "afterwards", "onwards", "less",
            "plus", "sees", "saw", "marks", "brings", "begins", "ends", "remains", "becomes", "proves", "shows");
    /** Units and nouns whose plural has no "s": "1500 people". */
    private static final Set<String> UNITS = Set.of("people", "men", "women", "children", "staff", "police", "km", "kg",
            "mw", "gw", "kwh", "mph", "ft", "sq", "cattle", "sheep", "fish", "head", "metres", "meters", "tonnes", "tons");

    private Mentions() {
    }

    /** Capitalised words the text uses in mid-sentence, lower case: the article's names, for sentence starts. */
    public static Set<String> knownNames(List<String> sentences) {
        Set<String> names = new java.util.HashSet<>();
        for (String sentence : sentences) {
            List<Token> tokens = Tokens.of(sentence).list();
            for (int i = 1; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                Token before = tokens.get(i - 1);
                boolean afterSentenceStart = before.text().matches("[\"“‘'(\\[:]") && i == 1
                        || before.text().matches("[:;\u2014\u2013]");
                if (t.isCapitalized() && !afterSentenceStart && !MONTHS.containsKey(t.lower())) {
                    names.add(t.lower());
                }
            }
        }
        return names;
    }

    /** The mentions of {@code sentence}, in order of appearance; they never overlap. */
    public static List<Mention> find(String sentence, Set<String> knownNames) {
        Tokens tokens = Tokens.of(sentence);
        List<Mention> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int next = date(tokens, i, found);
            if (next == i) {
                next = number(tokens, i, found);
            }
            if (next == i) {
                next = wordNumber(tokens, i, found);
            }
            if (next == i) {
                next = name(tokens, i, found, knownNames);
            }
            i = next == i ? i + 1 : next;
        }
        return List.copyOf(found);
    }

    // "13 February 2017", "February 13, 2017", "February 2017", "Feb. 13", "in March"
    private static int date(Tokens tokens, int i, List<Mention> found) {
        Token t = tokens.get(i);
        Integer month = MONTHS.get(t.lower());
        if (month == null || !t.isCapitalized()) {
            return i;
        }
        int first = i;
        boolean dayOrYear = false;
        Token before = tokens.at(i - 1);
        if (before != null && isDay(before)) {
            first = i - 1;
            dayOrYear = true;
        }
        int last = i;
        int j = i + 1;
        if (tokens.at(j) != null && tokens.get(j).text().equals(".") && t.text().length() <= 4) {
            j++;
        }
        if (tokens.at(j) != null && isDay(tokens.get(j)) && first == i) {
            last = j++;
            dayOrYear = true;
            if (tokens.at(j) != null && tokens.get(j).text().equals(",") && tokens.at(j + 1) != null && isYear(tokens.get(j + 1))) {
                j++;
            }
        }
        if (tokens.at(j) != null && isYear(tokens.get(j))) {
            last = j;
            dayOrYear = true;
        }
        if (!dayOrYear) {
            // a bare month name: "May" is too often the verb; others count as a date only after "in", "by"...
            Token prev = tokens.at(i - 1);
            boolean afterPreposition = prev != null && Set.of("in", "by", "since", "until", "from", "last", "next", "early",
                    "late", "mid", "of").contains(prev.lower());
            if (month == 5 || !afterPreposition || t.text().length() <= 4) {
                return i;
            }
        }
        if (first < i) {
            int from = tokens.get(first).start();
            found.removeIf(m -> m.start() >= from);
        }
        found.add(mention(tokens, Mention.Kind.DATE, first, last, ""));
        return last + 1;
    }

    private static boolean isDay(Token t) {
        String s = t.text().replaceAll("(st|nd|rd|th)$", "");
        if (!s.matches("\\d{1,2}")) {
            return false;
        }
        int d = Integer.parseInt(s);
        return d >= 1 && d <= 31;
    }

    private static boolean isYear(Token t) {
        if (!t.text().matches("\\d{4}")) {
            return false;
        }
        int y = Integer.parseInt(t.text());
        return y >= 1000 && y <= 2199;
    }

    private static int number(Tokens tokens, int i, List<Mention> found) {
        Token t = tokens.get(i);
        int first = i;
        String text = t.text();
        boolean money = false;
        if (CURRENCY_SIGNS.contains(text) && tokens.at(i + 1) != null && tokens.get(i + 1).start() == t.end()
                && NUMBER.matcher(tokens.get(i + 1).text()).matches()) {
            money = true;
            i++;
            t = tokens.get(i);
            text = t.text();
        }
        if (!NUMBER.matcher(text).matches() || !t.hasDigit()) {
            return first;
        }
        if (text.matches("\\d{3}0s")) {
            found.add(mention(tokens, Mention.Kind.YEAR, first, i, ""));
            return i + 1;
        }
        Token after = tokens.at(i + 1);
        // a four-digit number from 1000 to 2199 is a year unless a plural noun or a unit follows ("1500 riders");
        // "2001 culminated" and "2005 will" are years
        if (!money && isYear(t) && (after == null || !after.isWord() || AFTER_YEAR.contains(after.lower())
                || MONTHS.containsKey(after.lower()) || Character.isUpperCase(after.text().codePointAt(0))
                || !looksCounted(after))) {
            found.add(mention(tokens, Mention.Kind.YEAR, first, i, ""));
            return i + 1;
        }
        money |= CURRENCY_SIGNS.stream().anyMatch(text::startsWith);
        boolean percent = text.endsWith("%");
        int last = i;
        if (after != null && SCALES.contains(after.lower())) {
            last = ++i;
            after = tokens.at(i + 1);
        }
        if (!percent && after != null && PERCENT_WORDS.contains(after.lower())) {
            if (after.lower().equals("per")) {
                Token cent = tokens.at(i + 2);
                if (cent != null && cent.lower().equals("cent")) {
                    last = i + 2;
                    percent = true;
                }
            } else {
                last = i + 1;
                percent = true;
            }
        } else if (!percent && after != null && after.text().equals("%")) {
            last = i + 1;
            percent = true;
        } else if (!percent && after != null && CURRENCY_WORDS.contains(after.lower())) {
            last = i + 1;
            money = true;
        }
        Mention.Kind kind = percent ? Mention.Kind.PERCENT : money ? Mention.Kind.MONEY : Mention.Kind.COUNT;
        Token unit = tokens.at(last + 1);
        String unitWord = kind == Mention.Kind.COUNT && unit != null && unit.isWord() && !unit.hasDigit()
                ? unit.lower() : "";
        found.add(mention(tokens, kind, first, last, unitWord));
        return last + 1;
    }

    // "six economic corridors", "two billion", "seven votes": a number written as words, before the thing it counts
    private static int wordNumber(Tokens tokens, int i, List<Mention> found) {
        Token t = tokens.get(i);
        Integer value = WORD_NUMBERS.get(t.lower());
        if (value == null) {
            return i;
        }
        Token before = tokens.at(i - 1);
        if (before != null && REFERENCE_BEFORE.contains(before.lower())) {
            return i;
        }
        int last = i;
        Token after = tokens.at(i + 1);
        if (after != null && SCALES.contains(after.lower()) && !after.lower().equals("m")) {
            last = ++i;
            after = tokens.at(i + 1);
        } else if (value == 1 || value == 100) {
            return i + 1;
        }
        if (last == i && after != null && CURRENCY_WORDS.contains(after.lower())) {
            found.add(mention(tokens, Mention.Kind.MONEY, tokens.list().indexOf(t), i + 1, ""));
            return i + 2;
        }
        if (last == tokens.list().indexOf(t) && (after == null || !after.isWord() || after.hasDigit()
                || NOT_COUNTED.contains(after.lower()) || Character.isUpperCase(after.text().codePointAt(0)))) {
            return last + 1;
        }
        Token unit = after;
        String unitWord = unit != null && unit.isWord() && !unit.hasDigit() ? unit.lower() : "";
        found.add(mention(tokens, Mention.Kind.COUNT, tokens.list().indexOf(t), last, unitWord));
        return last + 1;
    }

    /** Whether the word after a number is a plural noun or a unit, so the number counts it. */
    private static boolean looksCounted(Token after) {
        String w = after.lower();
        return UNITS.contains(w) || w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !NOT_PLURAL.contains(w);
    }

    /** The value of a number written as words ("six", "two billion"), or NaN. */
    static double wordValue(String text) {
        double v = Double.NaN;
        for (String w : text.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
            Integer n = WORD_NUMBERS.get(w);
            if (n != null) {
                v = Double.isNaN(v) ? n : v + n;
            } else if (!Double.isNaN(v)) {
                switch (w) {
                    case "thousand" -> v *= 1e3;
                    case "million" -> v *= 1e6;
                    case "billion", "bn" -> v *= 1e9;
                    case "trillion" -> v *= 1e12;
                    default -> { }
                }
            }
        }
        return v;
    }

    private static int name(Tokens tokens, int i, List<Mention> found, Set<String> knownNames) {
        Token t = tokens.get(i);
        if (!isNameWord(t)) {
            return i;
        }
        // after a colon or a dash a new clause starts: "the answer: It was..." ("It" is no name)
        boolean sentenceStart = i == 0 || i == 1 && tokens.get(0).text().matches("[\"“‘'(\\[]")
                || tokens.get(i - 1).text().matches("[:;\u2014\u2013]") || i >= 2 && tokens.get(i - 1).text().matches("[\"“‘']")
                && tokens.get(i - 2).text().matches("[:;,]");
        int first = i;
        if (sentenceStart && (OPENERS.contains(t.lower()) || !knownNames.contains(t.lower()))) {
            // "However North Korea..." or "Sanctions..." : the opener is not part of a name
            if (!(tokens.at(i + 1) != null && isNameWord(tokens.get(i + 1)) && !OPENERS.contains(t.lower()))) {
                return i + 1;
            }
        }
        int last = i;
        int j = i + 1;
        while (j < tokens.size()) {
            Token next = tokens.get(j);
            if (isNameWord(next) && !OPENERS.contains(next.lower())) {
                last = j++;
            } else if (CONNECTORS.contains(next.text()) && tokens.at(j + 1) != null && isNameWord(tokens.get(j + 1))) {
                j++;
            } else {
                break;
            }
        }
        Token following = tokens.at(last + 1);
        boolean possessive = tokens.get(last).text().endsWith("'s") || tokens.get(last).text().endsWith("\u2019s");
        String shape = !possessive && following != null && following.isWord() && !following.hasDigit()
                && Character.isLowerCase(following.text().codePointAt(0)) && isDemonym(tokens.get(last).lower())
                ? ADJECTIVE : "";
        Mention m = mention(tokens, Mention.Kind.NAME, first, last, shape);
        String text = m.text();
        if (text.endsWith("'s") || text.endsWith("\u2019s")) {
            m = new Mention(Mention.Kind.NAME, text.substring(0, text.length() - 2), m.start(), m.end() - 2, shape);
        } else if (text.endsWith("'") || text.endsWith("\u2019")) {
            m = new Mention(Mention.Kind.NAME, text.substring(0, text.length() - 1), m.start(), m.end() - 1, shape);
        }
        found.add(m);
        return last + 1;
    }

    /** "Russian" in "Russian officials": a name used as an adjective, never a distractor for a noun like "Russia". */
    static boolean isDemonym(String lower) {
        return DEMONYM_ENDINGS.matcher(lower).find() || DEMONYMS.contains(lower);
    }

    private static boolean isNameWord(Token t) {
        String lower = t.lower();
        return t.isCapitalized() && t.text().length() > 1 && !MONTHS.containsKey(lower) && !WEEKDAYS.contains(lower)
                && !lower.equals("i");
    }

    private static Mention mention(Tokens tokens, Mention.Kind kind, int first, int last, String unit) {
        int start = tokens.get(first).start();
        int end = tokens.get(last).end();
        return new Mention(kind, tokens.sentence().substring(start, end), start, end, unit.toLowerCase(Locale.ROOT));
    }
}
