package org.sourcewise.content.drafting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The drafting quality benchmark (docs/drafting.md): the articles under src/test/resources/drafting/bench,
 * each with the claims a teacher would pick and its typed names, written before the drafter ran on them.
 * For each article it measures
 * <ul>
 *   <li><b>recall</b>: the share of the teacher's claims found in a ticked candidate (the claim's phrase,
 *       copied from the article, lies in the candidate's sentence);</li>
 *   <li><b>well-formed</b>: the share of ticked candidates whose proposed statement a student could learn
 *       alone (see {@link #problem});</li>
 *   <li><b>type-matched</b>: the share of single-choice drafts for the ticked candidates whose every
 *       distractor has the key's type (see {@link #mismatch}).</li>
 * </ul>
 * Run by {@code org.sourcewise.bench.DraftingQualityBenchmark} and guarded by {@code QualityBenchmarkTest}.
 */
public final class QualityBenchmark {

    public static final List<String> ARTICLES = List.of("ferry-pier.txt", "urban-trees.md", "suez-canal.txt",
            "coffee-prices.txt");

    /** One article's figures, with what fell short, for reading. */
    public record Result(String article, int claims, int recalled, int ticked, int wellFormed, int choices, int typeMatched,
                         int candidates, int tickedOnList, int wellFormedAll, List<String> missed, List<String> malformed,
                         List<String> mismatched) {

        /** The share of ticked candidates that hold one of the teacher's claims. */
        public double precision() {
            return ticked == 0 ? 1 : (double) tickedOnList / ticked;
        }

        public double wellFormedAllShare() {
            return candidates == 0 ? 1 : (double) wellFormedAll / candidates;
        }

        public double recall() {
            return claims == 0 ? 1 : (double) recalled / claims;
        }

        public double wellFormedShare() {
            return ticked == 0 ? 1 : (double) wellFormed / ticked;
        }

        public double typeMatchedShare() {
            return choices == 0 ? 1 : (double) typeMatched / choices;
        }
    }

    private QualityBenchmark() {
    }

    public static List<Result> runAll() {
        return ARTICLES.stream().map(QualityBenchmark::run).toList();
    }

    /** Sums of the articles' figures, as one result. */
    public static Result total(List<Result> results) {
        int[] s = new int[9];
        for (Result r : results) {
            s[0] += r.claims();
            s[1] += r.recalled();
            s[2] += r.ticked();
            s[3] += r.wellFormed();
            s[4] += r.choices();
            s[5] += r.typeMatched();
            s[6] += r.candidates();
            s[7] += r.tickedOnList();
            s[8] += r.wellFormedAll();
        }
        return new Result("all", s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7], s[8], List.of(), List.of(), List.of());
    }

    public static Result run(String article) {
        String text = resource(article);
        String base = article.substring(0, article.lastIndexOf('.'));
        List<String> claims = new ArrayList<>();
        Map<String, String> types = new HashMap<>();
        for (String line : resource(base + ".claims").lines().toList()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(": ");
            String what = line.substring(0, colon);
            String value = line.substring(colon + 2).strip();
            if (what.equals("claim")) {
                claims.add(value);
            } else {
                types.put(value.toLowerCase(Locale.ROOT), what);
            }
        }
        ArticleFormat format = article.endsWith(".md") ? ArticleFormat.MARKDOWN : ArticleFormat.TEXT;
        List<String> paragraphs = ArticleReader.read(text, format).paragraphs();
        ArticleAnalysis analysis = ClaimProposer.analyse(paragraphs, OptionalInt.empty());
        List<Candidate> ticked = analysis.candidates().stream().filter(Candidate::suggested).toList();

        List<String> missed = new ArrayList<>();
        int recalled = 0;
        for (String claim : claims) {
            if (ticked.stream().anyMatch(c -> c.text().contains(claim))) {
                recalled++;
            } else {
                Candidate c = analysis.candidates().stream().filter(x -> x.text().contains(claim)).findFirst().orElse(null);
                missed.add(claim + (c == null ? " (no candidate holds it)" : " (rank " + c.rank() + ", score " + c.score()
                        + ": " + String.join(", ", c.reasons()) + ")"));
            }
        }
        List<String> malformed = new ArrayList<>();
        for (Candidate c : ticked) {
            String why = problem(c.statement());
            if (why != null) {
                malformed.add(why + ": " + c.statement());
            }
        }
        List<DraftClaim> accepted = new ArrayList<>();
        for (Candidate c : ticked) {
            accepted.add(new DraftClaim("c" + c.rank(), c.statement(), c.kind(), c.paragraph(), "Lesson"));
        }
        int choices = 0;
        int matched = 0;
        List<String> mismatched = new ArrayList<>();
        for (DraftQuestion q : new QuestionDrafter(paragraphs).draft(accepted)) {
            if (Boolean.getBoolean("bench.drafts")) {
                System.out.println(q.type() + " | " + q.stem() + " | " + q.options().stream()
                        .map(o -> (o.correct() ? "*" : "") + o.text()).toList());
            }
            if (q.type() != DraftQuestion.Type.SINGLE_CHOICE) {
                continue;
            }
            choices++;
            String key = q.options().stream().filter(DraftQuestion.Choice::correct).findFirst().orElseThrow().text();
            String wrong = null;
            for (DraftQuestion.Choice o : q.options()) {
                if (!o.correct() && wrong == null) {
                    wrong = mismatch(key, o.text(), types);
                }
            }
            if (wrong == null) {
                matched++;
            } else {
                mismatched.add(wrong + " | " + q.stem() + " " + q.options().stream().map(DraftQuestion.Choice::text).toList());
            }
        }
        int onList = (int) ticked.stream().filter(c -> claims.stream().anyMatch(c.text()::contains)).count();
        int wellFormedAll = (int) analysis.candidates().stream().filter(c -> problem(c.statement()) == null).count();
        return new Result(article, claims.size(), recalled, ticked.size(), ticked.size() - malformed.size(), choices, matched,
                analysis.candidates().size(), onList, wellFormedAll, missed, malformed, mismatched);
    }

    private static final Set<String> BACK_REFERENCES = Set.of("it", "its", "they", "their", "them", "these", "this",
            "those", "that", "he", "she", "his", "her", "such", "both");
    private static final Set<String> CONNECTIVES = Set.of("yet", "but", "and", "so", "also", "still", "however", "then",
            "meanwhile", "instead");
    private static final Pattern SUBJECTLESS_SHARE = Pattern.compile("^(only |just |about |some |nearly )?\\d[\\d.,]*\\s?(%|percent)"
            + " (are|were|is|was|have|had)\\b");

    /**
     * Why a statement is not one a student could learn alone, or null: a sentence (a capital first, a full stop,
     * exclamation mark or closing quote last) of 6 to 50 words, with no markup or table left in it, not a question,
     * not opening with a word that points back ("It", "These", "Yet, they"...), not "only 15% are...".
     */
    static String problem(String statement) {
        String s = statement.strip();
        String[] words = s.split("\\s+");
        if (s.matches("(?s).*(<[a-zA-Z/!][^>]*>|\\|\\s*\\||\\|-{2,}|&[a-z]+;).*")) {
            return "markup";
        }
        if (words.length < 6) {
            return "too short";
        }
        if (words.length > 50) {
            return "too long";
        }
        if (s.endsWith("?")) {
            return "a question";
        }
        if (!Character.isUpperCase(s.codePointAt(0)) && !Character.isDigit(s.codePointAt(0)) && "\"\u201c'".indexOf(s.charAt(0)) < 0) {
            return "no capital";
        }
        if (!s.matches("(?s).*[.!\"\u201d'\u2019)]$")) {
            return "unfinished";
        }
        List<String> lower = new ArrayList<>();
        for (String w : words) {
            lower.add(w.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}%']", ""));
        }
        int i = 0;
        while (i < lower.size() - 1 && CONNECTIVES.contains(lower.get(i))) {
            i++;
        }
        if (BACK_REFERENCES.contains(lower.get(i)) && !(lower.get(i).equals("it") && lower.size() > i + 1
                && Set.of("is", "was").contains(lower.get(i + 1)) && s.matches("(?s).*\\b(that|who|to)\\b.*"))) {
            return "points back (" + words[i] + ")";
        }
        // "For that reason, they recommend": a pronoun subject after a short opening phrase
        for (int j = i + 1; j < Math.min(words.length, i + 6); j++) {
            if (words[j - 1].endsWith(",") && Set.of("it", "they", "he", "she", "these", "this").contains(lower.get(j))) {
                return "points back (" + words[j] + ")";
            }
        }
        String rest = String.join(" ", lower.subList(i, lower.size()));
        if (SUBJECTLESS_SHARE.matcher(rest).find()) {
            return "no subject";
        }
        return null;
    }

    private static final Pattern NUMBER = Pattern.compile("(\\d[\\d,]*(?:\\.\\d+)?)");

    /** Why {@code option} is not of {@code key}'s type, or null. */
    static String mismatch(String key, String option, Map<String, String> types) {
        String keyType = typeOf(key, types);
        String optionType = typeOf(option, types);
        if (keyType == null) {
            return "key \u201c" + key + "\u201d has no known type";
        }
        if (!keyType.equals(optionType)) {
            return "\u201c" + option + "\u201d (" + optionType + ") for \u201c" + key + "\u201d (" + keyType + ")";
        }
        double k = keyType.equals("year") ? year(key) : number(key);
        double o = keyType.equals("year") ? year(option) : number(option);
        switch (keyType) {
            case "percentage" -> {
                if (o < k / 3 || o > Math.min(100, k * 3)) {
                    return "implausible spread: " + option + " for " + key;
                }
            }
            case "year" -> {
                if (Math.abs(o - k) > 30) {
                    return "year far from the year: " + option + " for " + key;
                }
            }
            case "count", "money" -> {
                if (o < k / 10 || o > k * 10) {
                    return "another order of magnitude: " + option + " for " + key;
                }
            }
            default -> { }
        }
        return null;
    }

    private static String typeOf(String text, Map<String, String> types) {
        String t = text.strip();
        String lower = t.toLowerCase(Locale.ROOT);
        String name = lower.replaceFirst("^the ", "").replaceFirst("^(mr|mrs|ms|dr|president|councillor|empress|mayor) ", "");
        if (types.containsKey(name) || types.containsKey(lower)) {
            return types.getOrDefault(name, types.get(lower));
        }
        // a surname alone stands for the person
        for (var e : types.entrySet()) {
            if (e.getValue().equals("person") && e.getKey().endsWith(" " + name)) {
                return "person";
            }
        }
        if (t.matches("[A-Z][a-z]+(ian|ean|ese|ish|ch|ic|i)") && !types.containsKey(lower)) {
            return "people-adjective"; // "British", "Egyptian": a name used as an adjective, among its own kind
        }
        if (lower.matches(".*\\d.*")) {
            if (lower.endsWith("%") || lower.contains("percent") || lower.contains("per cent")) {
                return "percentage";
            }
            if (lower.matches("[$€£¥].*") || lower.matches(".*\\b(dollars|euros|pounds|francs|cents|pence|yuan)\\b.*")) {
                return "money:" + lower.replaceAll("[^$€£¥a-z]|million|billion|trillion|thousand|about", "");
            }
            if (lower.matches("(in |by |since )?(1\\d{3}|20\\d{2})") || lower.matches(".*\\b(january|february|march|april|may|june"
                    + "|july|august|september|october|november|december)\\b.*")) {
                return "year";
            }
            return "count";
        }
        if (lower.matches("(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
                + "|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|half"
                + "|a tenth|twice)\\b.*")) {
            return "count";
        }
        return null;
    }

    private static double year(String text) {
        Matcher m = Pattern.compile("\\b(1\\d{3}|20\\d{2})").matcher(text);
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }

    private static double number(String text) {
        Matcher m = NUMBER.matcher(text);
        return m.find() ? Double.parseDouble(m.group(1).replace(",", "")) : Double.NaN;
    }

    public static String resource(String name) {
        try (InputStream in = QualityBenchmark.class.getResourceAsStream("/drafting/bench/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no benchmark file " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
