package org.sourcewise.content.drafting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Drafts questions for accepted claims, from the claim's own statement and the facts of the whole article.
 * For a claim whose statement names a number, date or name (its key fact, see
 * {@link ClaimProposer#keyMention}):
 * <ul>
 *   <li>a cloze question with the key fact blanked;</li>
 *   <li>a true/false question: every other claim (in order) gets the statement with its key fact swapped
 *       for another of the same kind from the article, answer False; the others the true statement;</li>
 *   <li>a single-choice question whose distractors are up to three other facts of the same kind from the
 *       article (a percentage for a percentage, a sum of money for a sum; dates and names may also come from
 *       their family: a year for a day, a noun name for a noun name), when it has at least one.</li>
 * </ul>
 * A claim without such a fact gets the true statement as a true/false question only.
 */
public final class QuestionDrafter {

    static final int MAX_DISTRACTORS = 3;
    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("\\d[\\d,]*(\\.\\d+)?");

    private final Set<String> knownNames;
    private final NameTypes types;
    /** Names the article abbreviates, "world health organization" to "WHO", from "World Health Organization (WHO)". */
    private final Map<String, String> acronyms = new java.util.HashMap<>();
    private static final java.util.regex.Pattern DEFINED_ACRONYM = java.util.regex.Pattern.compile(
            "((?:[A-Z][\\p{L}-]+\\s+(?:(?:of|for|and|the|de)\\s+)*){1,6}[A-Z][\\p{L}-]+)\\s+\\(([A-Z]{2,6})\\)");
    /** The article's facts by normalised text, in order of first appearance, each with how often it comes. */
    private final Map<String, Fact> facts = new LinkedHashMap<>();

    /** A fact of the article: its first mention, how often it comes, and its value (NaN for names), computed once. */
    private record Fact(Mention mention, int count, double value) {
    }

    /** A drafter for one article, given its body paragraphs. */
    public QuestionDrafter(List<String> paragraphs) {
        List<String> sentences = paragraphs.stream().flatMap(p -> Sentences.split(p).stream()).toList();
        this.knownNames = Mentions.knownNames(sentences);
        this.types = new NameTypes(sentences, knownNames);
        for (String sentence : sentences) {
            var m = DEFINED_ACRONYM.matcher(sentence);
            while (m.find()) {
                acronyms.put(core(m.group(1)), m.group(2));
            }
        }
        for (String sentence : sentences) {
            for (Mention m : Mentions.find(sentence, knownNames)) {
                facts.merge(m.normalized(), new Fact(m, 1, value(m)), (a, b) -> new Fact(a.mention(), a.count() + 1, a.value()));
            }
        }
    }

    /** Drafts for the claims, in claim order; {@code index} alternates true and false statements. */
    public List<DraftQuestion> draft(List<DraftClaim> claims) {
        List<DraftQuestion> drafts = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            drafts.addAll(draft(claims.get(i), i));
        }
        return drafts;
    }

    List<DraftQuestion> draft(DraftClaim claim, int index) {
        String statement = claim.statement().strip();
        List<Mention> mentions = Mentions.find(statement, knownNames);
        Mention key = keyWithAlternatives(mentions);
        String source = "Paragraph " + claim.paragraph() + " of the article: " + statement;
        List<DraftQuestion> drafts = new ArrayList<>();
        if (key != null && !wellFormedBlank(statement, key)) {
            key = null; // a blank there would read badly: the claim is asked as a true statement only
        }
        if (key != null) {
            String before = statement.substring(0, key.start());
            String after = statement.substring(key.end());
            List<DraftQuestion.Choice> answers = new ArrayList<>();
            for (String accepted : aliases(key)) {
                answers.add(new DraftQuestion.Choice(accepted, true, null));
            }
            drafts.add(new DraftQuestion(claim.key() + "-cloze", claim.key(), DraftQuestion.Type.CLOZE,
                    "Fill in the gap: " + before + "{1}" + after, answers, source, claim.category()));
        }
        Mention choiceKey = key;
        if (key != null && key.kind() == Mention.Kind.NAME && key.start() >= 4
                && statement.substring(key.start() - 4, key.start()).equalsIgnoreCase("the ")) {
            // "The _____, which links..." would read "The Egypt": in a choice the article goes into the blank
            choiceKey = new Mention(key.kind(), statement.substring(key.start() - 4, key.end()), key.start() - 4, key.end(),
                    key.unit());
        }
        List<String> distractors = choiceKey == null ? List.of() : distractors(choiceKey, mentions);
        String falseStatement = choiceKey == null || distractors.isEmpty() ? null : falseStatement(statement, choiceKey, distractors);
        if (key != null && index % 2 == 1 && falseStatement != null) {
            drafts.add(trueFalse(claim, falseStatement, false, "The article says: " + statement + " " + source));
        } else {
            drafts.add(trueFalse(claim, statement, true, source));
        }
        if (choiceKey != null && !distractors.isEmpty()) {
            Mention k = choiceKey;
            List<String> options = new ArrayList<>(distractors.subList(0, Math.min(MAX_DISTRACTORS, distractors.size())));
            options.add(k.text());
            options.sort(optionOrder(k));
            if (Mentions.WORD_NUMBERS.containsKey(k.text().toLowerCase(java.util.Locale.ROOT))) {
                // "Seven" opening the sentence: every option in the key's case, or the capital gives the answer away
                boolean capital = Character.isUpperCase(k.text().charAt(0));
                options.replaceAll(o -> o.equals(k.text()) ? o : capital ? Character.toUpperCase(o.charAt(0)) + o.substring(1)
                        : o.toLowerCase(java.util.Locale.ROOT));
            }
            List<DraftQuestion.Choice> choices = options.stream().map(o -> new DraftQuestion.Choice(o, o.equals(k.text()),
                    o.equals(k.text()) ? null : "The article gives " + k.text() + ".")).toList();
            String gap = statement.substring(0, k.start()) + "_____" + statement.substring(k.end());
            drafts.add(new DraftQuestion(claim.key() + "-choice", claim.key(), DraftQuestion.Type.SINGLE_CHOICE,
                    "Which completes the statement? " + gap, choices, source, claim.category()));
        }
        return drafts;
    }

    /**
     * Whether blanking {@code key} leaves a stem a student can read: not a name with a title before a blank
     * of another kind, not a fragment of a larger number or name.
     */
    private static boolean wellFormedBlank(String statement, Mention key) {
        if (key.end() < statement.length() && Character.isLetterOrDigit(statement.charAt(key.end()))) {
            return false;
        }
        return key.start() == 0 || !Character.isLetterOrDigit(statement.charAt(key.start() - 1));
    }

    /** The answers a cloze accepts: the key, and the other ways the article itself names the same thing. */
    List<String> aliases(Mention key) {
        java.util.LinkedHashSet<String> answers = new java.util.LinkedHashSet<>();
        answers.add(key.text());
        if (key.family() == Mention.Family.NUMBER) {
            String plain = key.text().replace(",", "");
            answers.add(plain);
            if (key.kind() == Mention.Kind.PERCENT) {
                String digits = plain.replaceAll("\\s*(%|percent|per cent)$", "");
                answers.add(digits + "%");
                answers.add(digits + " percent");
                answers.add(digits + " per cent");
            }
            double v = value(key);
            if (Mentions.WORD_NUMBERS.containsKey(key.text().toLowerCase(java.util.Locale.ROOT)) && !Double.isNaN(v)) {
                answers.add(String.valueOf((long) v)); // "seven" or "7"
            }
        }
        if (key.kind() == Mention.Kind.NAME) {
            if (key.text().startsWith("the ") || key.text().startsWith("The ")) {
                answers.add(key.text().substring(4));
            }
            String core = core(key.text());
            NameTypes.Type type = typeOf(key);
            if (type == NameTypes.Type.PERSON) {
                // "Lindqvist" for "Dr Hana Lindqvist", and the whole name for the surname the article uses alone
                String[] words = key.text().strip().split("\\s+");
                if (words.length > 1) {
                    answers.add(words[words.length - 1]);
                }
                for (Fact f : facts.values()) {
                    String other = core(f.mention().text());
                    if (f.mention().kind() == Mention.Kind.NAME && other.endsWith(" " + core)) {
                        answers.add(f.mention().text());
                    }
                }
            }
            // "Beijing" for "China" when the article says both
            for (var e : Lexicon.capitals().entrySet()) {
                String other = core.equals(e.getKey()) ? e.getValue() : core.equals(e.getValue()) ? e.getKey() : null;
                if (other != null) {
                    for (Fact f : facts.values()) {
                        if (f.mention().kind() == Mention.Kind.NAME && core(f.mention().text()).equals(other)) {
                            answers.add(f.mention().text());
                        }
                    }
                }
            }
            // "World Health Organization (WHO)": either
            String acronym = acronyms.get(core);
            if (acronym != null) {
                answers.add(acronym);
            }
            acronyms.forEach((name, acr) -> {
                if (acr.equalsIgnoreCase(core)) {
                    facts.values().stream().filter(f -> core(f.mention().text()).equals(name)).findFirst()
                            .ifPresent(f -> answers.add(f.mention().text()));
                }
            });
        }
        return List.copyOf(answers);
    }

    /**
     * Up to a few options of the key's type, never the key's value in other words: names of the same type (a
     * person for a person, an organisation for an organisation, a place for a place; a name used as an
     * adjective for another); numbers of the same kind and unit within a plausible spread, made up from the
     * key when the article has too few (half, three quarters, one and a half, double); years near the year.
     * Empty when no option of the key's type can be found: a choice question with a wrong-type option is worse
     * than none.
     */
    List<String> distractors(Mention key, List<Mention> inSentence) {
        java.util.Set<String> taken = new java.util.HashSet<>();
        inSentence.forEach(m -> taken.add(m.normalized()));
        List<String> result = new ArrayList<>();
        if (key.kind() == Mention.Kind.NAME) {
            NameTypes.Type type = typeOf(key);
            boolean adjective = key.unit().equals(Mentions.ADJECTIVE);
            if (type == NameTypes.Type.OTHER && !adjective) {
                return List.of();
            }
            boolean surname = type == NameTypes.Type.PERSON && !key.text().strip().contains(" ");
            java.util.Set<String> cores = new java.util.HashSet<>();
            cores.add(core(key.text()));
            // a country for a country, a sea or a city for another
            String kind = placeKindOf(key.text());
            List<Fact> pool = new ArrayList<>(byFrequency());
            pool.sort(Comparator.comparingInt(f -> placeKindOf(f.mention().text()).equals(kind) ? 0 : 1));
            for (Fact f : pool) {
                Mention m = f.mention();
                if (m.kind() != Mention.Kind.NAME || taken.contains(m.normalized()) || overlaps(m, key)) {
                    continue;
                }
                boolean same = adjective ? m.unit().equals(Mentions.ADJECTIVE)
                        : !m.unit().equals(Mentions.ADJECTIVE) && typeOf(m) == type;
                String text = m.text();
                if (surname && text.contains(" ")) {
                    text = text.substring(text.lastIndexOf(' ') + 1); // "Lindqvist" among surnames
                }
                if (same && cores.add(core(text).toLowerCase(java.util.Locale.ROOT))
                        && !text.equalsIgnoreCase(key.text())) {
                    result.add(withArticle(key, text));
                }
            }
            return result;
        }
        double k = value(key);
        if (Double.isNaN(k)) {
            return List.of();
        }
        if (key.family() == Mention.Family.DATE) {
            int year = (int) k;
            for (Fact f : byFrequency()) {
                Mention m = f.mention();
                if (m.kind() == key.kind() && m.kind() == Mention.Kind.YEAR && !taken.contains(m.normalized())
                        && !Double.isNaN(f.value()) && f.value() != k && Math.abs(f.value() - k) <= NEAR_YEARS
                        && !m.text().endsWith("s") && !key.text().endsWith("s")) {
                    result.add(m.text());
                }
            }
            boolean decade = key.text().endsWith("s");
            for (int d : decade ? new int[] {-20, -10, 10} : new int[] {-5, 3, 8, -2, 10}) {
                String shifted = key.text().replace(String.valueOf(year), String.valueOf(year + d));
                if (!shifted.equals(key.text()) && !result.contains(shifted)) {
                    result.add(shifted);
                }
            }
            return result.subList(0, Math.min(result.size(), MAX_DISTRACTORS));
        }
        for (Fact f : byFrequency()) {
            Mention m = f.mention();
            double v = f.value();
            if (m.kind() != key.kind() || taken.contains(m.normalized()) || Double.isNaN(v) || v == k
                    || !sameUnit(key, m) || !plausible(key, k, v)) {
                continue;
            }
            if (result.stream().noneMatch(r -> r.equalsIgnoreCase(m.text()))) {
                result.add(m.text());
            }
        }
        // made-up values on varied sides of the key, so that the answer is not always the second smallest
        double[][] sets = {{0.5, 1.5, 2}, {1.5, 2, 3}, {0.25, 0.5, 0.75}, {0.5, 0.75, 1.5}};
        // a percentage stays within a factor of three of the key, and under 100
        double[][] percentSets = {{0.5, 1.5, 2}, {1.5, 2, 2.5}, {0.4, 0.7, 1.3}, {0.5, 0.75, 1.5}};
        int pick = Math.floorMod(key.text().hashCode(), sets.length);
        double[] factors = key.kind() == Mention.Kind.PERCENT && k > 40 ? new double[] {0.5, 0.75, 0.9, 1.2}
                : key.kind() == Mention.Kind.PERCENT ? percentSets[pick] : sets[pick];
        for (double factor : factors) {
            if (result.size() >= MAX_DISTRACTORS) {
                break;
            }
            String made = Numbers.restate(key.text(), k, k * factor);
            if (made != null && !made.equals(key.text()) && !result.contains(made)) {
                result.add(made);
            }
        }
        if (Mentions.WORD_NUMBERS.containsKey(key.text().toLowerCase(java.util.Locale.ROOT))) {
            // "Seven years later" from the article is "seven" mid-sentence: the key's case for all
            boolean capital = Character.isUpperCase(key.text().charAt(0));
            result.replaceAll(o -> capital ? Character.toUpperCase(o.charAt(0)) + o.substring(1) : o.toLowerCase(java.util.Locale.ROOT));
        }
        return result;
    }

    static final int NEAR_YEARS = 30;

    /** A country, a sea or canal or street (a feature), or another place: distractors of the same kind come first. */
    private static String placeKind(String name) {
        String core = NameTypes.core(name);
        if (Lexicon.isCountry(core)) {
            return "country";
        }
        String[] words = core.split("\\s+");
        return words.length > 1 && Lexicon.list("place-words").contains(words[words.length - 1]) ? "feature" : "other";
    }

    /** "The Red Sea" beside "The Suez Canal", but "Egypt": a name takes the key's "the" when its last word calls for one. */
    private static String withArticle(Mention key, String name) {
        String lower = key.text().toLowerCase(java.util.Locale.ROOT);
        if (!lower.startsWith("the ") || name.toLowerCase(java.util.Locale.ROOT).startsWith("the ")) {
            return name;
        }
        String[] words = name.strip().split("\\s+");
        String last = words[words.length - 1].toLowerCase(java.util.Locale.ROOT);
        boolean takesThe = words.length > 1 && Lexicon.list("takes-the").contains(last);
        return takesThe ? key.text().substring(0, 4) + name : name;
    }

    // counts of the same thing; money in the same currency
    private static boolean sameUnit(Mention key, Mention m) {
        if (key.kind() == Mention.Kind.COUNT) {
            return !key.unit().isEmpty() && key.unit().equals(m.unit())
                    && Mentions.WORD_NUMBERS.containsKey(key.text().toLowerCase(java.util.Locale.ROOT))
                    == Mentions.WORD_NUMBERS.containsKey(m.text().toLowerCase(java.util.Locale.ROOT));
        }
        if (key.kind() == Mention.Kind.MONEY) {
            return Numbers.currency(key.text()).equals(Numbers.currency(m.text()));
        }
        return true;
    }

    // a percentage within a factor of three, a count or sum within a factor of ten
    private static boolean plausible(Mention key, double k, double v) {
        if (key.kind() == Mention.Kind.PERCENT) {
            return v >= k / 3 && v <= Math.min(100, k * 3);
        }
        return v >= k / 10 && v <= k * 10;
    }

    // names' cores, types and kinds of place, computed once per name: per claim and fact they took seconds
    private final Map<String, String> cores = new java.util.HashMap<>();
    private final Map<String, String> placeKinds = new java.util.HashMap<>();
    private final Map<String, NameTypes.Type> nameTypes = new java.util.HashMap<>();

    private String core(String name) {
        return cores.computeIfAbsent(name, NameTypes::core);
    }

    private String placeKindOf(String name) {
        return placeKinds.computeIfAbsent(name, QuestionDrafter::placeKind);
    }

    private NameTypes.Type typeOf(Mention m) {
        return nameTypes.computeIfAbsent(m.text() + "\u0000" + m.unit(), k -> types.of(m));
    }

    /** The article's facts, the most frequent first; sorted once per drafter (per claim, a long article took seconds). */
    private @Nullable List<Fact> byFrequency;

    private List<Fact> byFrequency() {
        if (byFrequency == null) {
            byFrequency = facts.values().stream().sorted(Comparator.comparingInt(Fact::count).reversed()).toList();
        }
        return byFrequency;
    }

    private static final java.util.regex.Pattern MORE = java.util.regex.Pattern.compile(
            "(?i)\\b(more than|over|at least|above|upwards of|in excess of)\\s+$");
    private static final java.util.regex.Pattern LESS = java.util.regex.Pattern.compile(
            "(?i)\\b(less than|fewer than|under|below|at most|only|just|up to)\\s+$");
    private static final java.util.regex.Pattern ABOUT = java.util.regex.Pattern.compile(
            "(?i)\\b(about|around|nearly|almost|roughly|some|approximately|up to)\\s+$");

    /**
     * The statement made false: "more than 40%" becomes "less than 20%" (the other direction, with a number on the
     * wrong side, since "more than 35%" could still be true); "only 10%" becomes "more than 20%"; an approximate
     * number is replaced by one at least twice or half as large; an exact one by another of its type.
     */
    private @Nullable String falseStatement(String statement, Mention key, List<String> distractors) {
        String before = statement.substring(0, key.start());
        String after = statement.substring(key.end());
        double k = value(key);
        if (key.family() == Mention.Family.NUMBER && !Double.isNaN(k)) {
            var more = MORE.matcher(before);
            if (more.find()) {
                String smaller = Numbers.restate(key.text(), k, k * 0.5);
                return smaller == null ? null : before.substring(0, more.start()) + matchCase(more.group(1), "less than") + " "
                        + smaller + after;
            }
            var less = LESS.matcher(before);
            if (less.find()) {
                double bigger = key.kind() == Mention.Kind.PERCENT ? Math.min(100, Math.max(k * 2, k + 10)) : k * 2;
                String made = Numbers.restate(key.text(), k, bigger);
                return made == null || bigger <= k ? null : before.substring(0, less.start())
                        + matchCase(less.group(1), "more than") + " " + made + after;
            }
            if (ABOUT.matcher(before).find()) {
                double far = key.kind() == Mention.Kind.PERCENT && k > 50 ? k * 0.5 : k * 2;
                String made = Numbers.restate(key.text(), k, far);
                return made == null ? null : before + made + after;
            }
        }
        if (key.family() == Mention.Family.DATE && !Double.isNaN(k)) {
            // "until at least 2026" is still true of 2023: a later year after "at least", "after", "since"...
            boolean later = MORE.matcher(before).find() || before.matches("(?is).*\\b(after|since|from|beyond)\\s+$");
            boolean earlier = LESS.matcher(before).find() || before.matches("(?is).*\\b(before|by|until)\\s+$");
            for (String d : distractors) {
                double v = value(new Mention(key.kind(), d, 0, d.length(), ""));
                if (!later && !earlier || later && v > k || earlier && !later && v < k) {
                    return before + d + after;
                }
            }
            return null;
        }
        return before + distractors.getFirst() + after;
    }

    private static String matchCase(String original, String replacement) {
        return Character.isUpperCase(original.charAt(0))
                ? Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1) : replacement;
    }

    private static DraftQuestion trueFalse(DraftClaim claim, String statement, boolean truth, String explanation) {
        List<DraftQuestion.Choice> options = List.of(
                new DraftQuestion.Choice("True", truth, truth ? null : explanation),
                new DraftQuestion.Choice("False", !truth, truth ? "The article says so. " + explanation : null));
        return new DraftQuestion(claim.key() + "-tf", claim.key(), DraftQuestion.Type.TRUE_FALSE,
                "True or false? " + statement, options, explanation, claim.category());
    }

    /** The key fact, by {@link ClaimProposer#keyMention}'s order: a measure, a count, a date, a name. */
    private static @Nullable Mention keyWithAlternatives(List<Mention> mentions) {
        return ClaimProposer.keyMention(mentions);
    }

    // "Korea" is no alternative to "North Korea"
    private static boolean overlaps(Mention a, Mention b) {
        String x = " " + a.normalized() + " ";
        String y = " " + b.normalized() + " ";
        return x.contains(y) || y.contains(x);
    }

    /** The number a mention states (scale words applied), or NaN. */
    static double value(Mention m) {
        if (m.family() == Mention.Family.NAME) {
            return Double.NaN;
        }
        if (m.family() == Mention.Family.DATE) {
            int year = ClaimProposer.yearOf(m);
            return year == Integer.MIN_VALUE ? Double.NaN : year;
        }
        var digits = DIGITS.matcher(m.text());
        if (!digits.find()) {
            return Mentions.wordValue(m.text());
        }
        double v = Double.parseDouble(digits.group().replace(",", ""));
        String lower = m.text().toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("trillion")) {
            v *= 1e12;
        } else if (lower.contains("billion") || lower.endsWith("bn")) {
            v *= 1e9;
        } else if (lower.contains("million")) {
            v *= 1e6;
        } else if (lower.contains("thousand")) {
            v *= 1e3;
        }
        return v;
    }

    /** Options in value order (names alphabetically), the key among them. */
    private static Comparator<String> optionOrder(Mention key) {
        if (key.family() == Mention.Family.NAME) {
            return Comparator.comparing((String o) -> o.toLowerCase(java.util.Locale.ROOT));
        }
        return Comparator.comparingDouble((String o) -> {
            double v = value(new Mention(key.kind(), o, 0, o.length(), key.unit()));
            return Double.isNaN(v) ? Double.MAX_VALUE : v;
        }).thenComparing(o -> o);
    }
}
