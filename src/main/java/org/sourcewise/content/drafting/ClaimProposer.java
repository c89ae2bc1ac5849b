package org.sourcewise.content.drafting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sourcewise.content.ClaimKind;

/**
 * Proposes an article's sentences as candidate claims, ranked by how much they state, each with a
 * proposed kind and a key phrase. The scoring, per sentence:
 * <ul>
 *   <li>+4 per percentage or sum of money, +3 per other number, +3 per date, +2 per distinct name (at most 4);</li>
 *   <li>+2 when it gives a cause ("because", "led to"), +2 for a contrast ("but", "however"), +1 when it
 *       reports ("said", "according to"), +1 per quantity word ("doubled", "thousands"; at most 2);</li>
 *   <li>-3 under 6 words, -2 over 50 words, -6 for a question.</li>
 * </ul>
 * Kinds, in this order: a future cue ("will", "expected to", "likely to") makes a PREDICTION, as does
 * "could"/"may"/"might" with a year after the article's; a hedge or reading ("likely", "could",
 * "believe", "suggests", "appears") makes ANALYSIS; a history cue ("has long", "for decades") or a year
 * more than {@value #BACKGROUND_YEARS} years before the article's makes BACKGROUND; a number or date makes a
 * FIGURE; anything else is a REPORTED_FACT.
 */
public final class ClaimProposer {

    public static final int KEY_PHRASE_WORDS = 12;
    /** How many words a proposed key phrase has at most (shorter than the limit, so it stays readable). */
    static final int PROPOSED_PHRASE_WORDS = 10;
    static final int BACKGROUND_YEARS = 10;
    static final int MIN_SUGGESTED_SCORE = 3;
    /** The share of an article's sentences ticked at most, and the most ever ticked: a teacher keeps a few dozen. */
    static final double SUGGESTED_SHARE = 0.7;
    static final int MAX_SUGGESTED = 40;

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\b(1\\d{3}|2[01]\\d{2})");

    private ClaimProposer() {
    }

    /**
     * Analyses the body paragraphs.
     *
     * @param referenceYear the article's year, if known; otherwise the latest year it mentions outside a
     *                      prediction stands in
     */
    public static ArticleAnalysis analyse(List<String> paragraphs, OptionalInt referenceYear) {
        List<List<String>> sentences = paragraphs.stream().map(Sentences::split).toList();
        List<String> all = sentences.stream().flatMap(List::stream).toList();
        Set<String> known = Mentions.knownNames(all);
        List<Candidate> unranked = new ArrayList<>();
        List<List<Mention>> mentions = new ArrayList<>();
        for (List<String> paragraph : sentences) {
            for (String sentence : paragraph) {
                mentions.add(Mentions.find(sentence, known));
            }
        }
        // without the article's date, the latest year it mentions outside a prediction stands in
        int year = referenceYear.orElse(Integer.MIN_VALUE);
        if (referenceYear.isEmpty()) {
            for (int s = 0; s < all.size(); s++) {
                if (Cues.found(Cues.words(all.get(s)), Cues.FUTURE).isEmpty()) {
                    for (Mention m : mentions.get(s)) {
                        if (m.family() == Mention.Family.DATE) {
                            year = Math.max(year, yearOf(m));
                        }
                    }
                }
            }
        }
        List<Boolean> starts = new ArrayList<>();
        for (List<String> paragraph : sentences) {
            for (int s = 0; s < paragraph.size(); s++) {
                starts.add(s == 0);
            }
        }
        NameTypes types = new NameTypes(all, known);
        List<StandAlone.Result> alone = StandAlone.resolve(all, mentions, starts, types);
        int index = 0;
        int words = 0;
        for (int p = 0; p < sentences.size(); p++) {
            List<String> paragraph = sentences.get(p);
            for (int s = 0; s < paragraph.size(); s++) {
                String sentence = paragraph.get(s);
                StandAlone.Result standing = alone.get(index);
                List<Mention> found = mentions.get(index++);
                List<String> reasons = new ArrayList<>();
                int score = score(sentence, found, reasons);
                // the thesis: an article states it at its start and sums it up at its end
                if (p == 0 && s < 2) {
                    score += 2;
                    reasons.add("opening");
                } else if (p == sentences.size() - 1 && sentences.size() > 2) {
                    score += 1;
                    reasons.add("conclusion");
                }
                if (standing.context() != null) {
                    score -= 3;
                    reasons.add("needs context");
                }
                words += Tokens.of(sentence).wordCount();
                ClaimKind kind = kindOf(sentence, found, year, reasons);
                unranked.add(new Candidate(0, p + 1, s + 1, sentence, score, kind, keyPhrase(sentence, keyMention(found)),
                        false, found, reasons, standing.statement(), standing.context()));
            }
        }
        List<Candidate> ranked = new ArrayList<>(unranked);
        ranked.sort(Comparator.comparingInt(Candidate::score).reversed()
                .thenComparingInt(Candidate::paragraph).thenComparingInt(Candidate::sentence));
        int suggest = Math.max(5, Math.min(MAX_SUGGESTED, (int) Math.round(all.size() * SUGGESTED_SHARE)));
        List<Candidate> result = new ArrayList<>();
        int ticked = 0;
        for (int r = 0; r < ranked.size(); r++) {
            Candidate c = ranked.get(r);
            // never tick what a student could not learn alone: a question, or a sentence that needs the one before
            boolean suggested = ticked < suggest && c.score() >= MIN_SUGGESTED_SCORE && !c.text().endsWith("?")
                    && !c.needsContext();
            if (suggested) {
                ticked++;
            }
            result.add(new Candidate(r + 1, c.paragraph(), c.sentence(), c.text(), c.score(), c.kind(), c.keyPhrase(),
                    suggested, c.mentions(), c.reasons(), c.statement(), c.context()));
        }
        return new ArticleAnalysis(paragraphs, result, all.size(), words);
    }

    static int score(String sentence, List<Mention> mentions, List<String> reasons) {
        int score = 0;
        long numbers = mentions.stream().filter(m -> m.family() == Mention.Family.NUMBER).count();
        long measures = mentions.stream().filter(m -> m.kind() == Mention.Kind.PERCENT || m.kind() == Mention.Kind.MONEY).count();
        long dates = mentions.stream().filter(m -> m.family() == Mention.Family.DATE).count();
        long names = mentions.stream().filter(m -> m.family() == Mention.Family.NAME).map(Mention::normalized).distinct().count();
        score += (int) (3 * numbers + measures + 3 * dates + 2 * Math.min(names, 4));
        count(reasons, numbers, "number");
        count(reasons, dates, "date");
        count(reasons, names, "name");
        String words = Cues.words(sentence);
        if (!Cues.found(words, Cues.CAUSE).isEmpty()) {
            score += 2;
            reasons.add("cause");
        }
        if (!Cues.found(words, Cues.CONTRAST).isEmpty()) {
            score += 2;
            reasons.add("contrast");
        }
        if (!Cues.found(words, Cues.COMPARISON).isEmpty()) {
            score += 2;
            reasons.add("comparison");
        }
        if (!Cues.found(words, Cues.TREND).isEmpty()) {
            score += 2;
            reasons.add("trend");
        }
        if (!Cues.found(words, Cues.FUTURE).isEmpty()) {
            score += 2;
            reasons.add("prediction");
        }
        if (!Cues.found(words, Cues.THESIS).isEmpty()) {
            score += 2;
            reasons.add("thesis");
        }
        if (!Cues.found(words, Cues.REPORTING).isEmpty()) {
            score += 1;
            reasons.add("reported");
        }
        long quantities = Tokens.of(sentence).list().stream().filter(t -> Cues.QUANTITY.contains(t.lower())).count();
        if (quantities > 0) {
            score += (int) Math.min(quantities, 2);
            reasons.add("quantity");
        }
        int length = Tokens.of(sentence).wordCount();
        if (length < 6) {
            score -= 3;
            reasons.add("short");
        } else if (length > 50) {
            score -= 2;
            reasons.add("long");
        }
        if (sentence.strip().endsWith("?")) {
            score -= 6;
            reasons.add("question");
        }
        return score;
    }

    private static void count(List<String> reasons, long n, String what) {
        if (n > 0) {
            reasons.add(n + " " + what + (n == 1 ? "" : "s"));
        }
    }

    /** The kind proposed for {@code sentence}; adds the cue that decided it to {@code reasons}. */
    public static ClaimKind kindOf(String sentence, List<Mention> mentions, int referenceYear, List<String> reasons) {
        // "could not", "could no longer" tell of the past, not of a possibility
        String words = Cues.words(sentence).replace(" could not ", " couldnot ").replace(" could no ", " couldno ")
                .replace(" could n't ", " couldnot ");
        List<String> future = Cues.found(words, Cues.FUTURE);
        if (!future.isEmpty()) {
            reasons.add("cue: " + future.getFirst());
            return ClaimKind.PREDICTION;
        }
        List<String> hedge = Cues.found(words, Cues.HEDGE);
        boolean laterYear = referenceYear != Integer.MIN_VALUE && mentions.stream()
                .anyMatch(m -> m.kind() == Mention.Kind.YEAR && yearOf(m) > referenceYear);
        if (laterYear && hedge.stream().anyMatch(h -> Set.of("could", "may", "might", "likely").contains(h))) {
            reasons.add("cue: " + hedge.getFirst() + " + a later year");
            return ClaimKind.PREDICTION;
        }
        if (!hedge.isEmpty()) {
            reasons.add("cue: " + hedge.getFirst());
            return ClaimKind.ANALYSIS;
        }
        List<String> history = Cues.found(words, Cues.BACKGROUND);
        boolean oldYear = referenceYear != Integer.MIN_VALUE && mentions.stream()
                .anyMatch(m -> m.family() == Mention.Family.DATE && yearOf(m) != Integer.MIN_VALUE
                        && yearOf(m) < referenceYear - BACKGROUND_YEARS);
        if (!history.isEmpty() || oldYear) {
            reasons.add(history.isEmpty() ? "an early year" : "cue: " + history.getFirst());
            return ClaimKind.BACKGROUND;
        }
        if (mentions.stream().anyMatch(m -> m.family() != Mention.Family.NAME)) {
            return ClaimKind.FIGURE;
        }
        return ClaimKind.REPORTED_FACT;
    }

    /** The year a date or year mention names, or {@link Integer#MIN_VALUE}. */
    static int yearOf(Mention m) {
        var matcher = YEAR.matcher(m.text());
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : Integer.MIN_VALUE;
    }

    /** The fact a question about this sentence turns on: a measure, then a count, a date, a name. */
    public static @Nullable Mention keyMention(List<Mention> mentions) {
        for (Mention.Kind kind : List.of(Mention.Kind.PERCENT, Mention.Kind.MONEY, Mention.Kind.COUNT, Mention.Kind.DATE,
                Mention.Kind.YEAR, Mention.Kind.NAME)) {
            for (Mention m : mentions) {
                if (m.kind() == kind) {
                    return m;
                }
            }
        }
        return null;
    }

    /** How many words a key phrase has at least: fewer locate nothing. */
    static final int MIN_PHRASE_WORDS = 3;
    private static final java.util.Set<String> LEADING_JOINERS = java.util.Set.of("and", "but", "or", "which", "who", "that",
            "so", "yet", "while", "whereas", "where", "when");

    /**
     * A whole phrase of the sentence, verbatim, around {@code key} (or from the sentence's start): the clause
     * (between commas, semicolons, colons or dashes) that holds the key when it has
     * {@value #MIN_PHRASE_WORDS} to {@value #PROPOSED_PHRASE_WORDS} words, else at most
     * {@value #PROPOSED_PHRASE_WORDS} words around the key; never ending in a function word ("the", "of",
     * "which") nor starting with a joiner ("and", "which"), and without punctuation at either end.
     */
    public static String keyPhrase(String sentence, @Nullable Mention key) {
        List<int[]> words = new ArrayList<>();
        int i = 0;
        while (i < sentence.length()) {
            while (i < sentence.length() && Character.isWhitespace(sentence.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < sentence.length() && !Character.isWhitespace(sentence.charAt(i))) {
                i++;
            }
            if (i > start) {
                words.add(new int[] {start, i});
            }
        }
        if (words.isEmpty()) {
            return "";
        }
        int at = 0;
        int keyLast = 0;
        if (key != null) {
            for (int w = 0; w < words.size(); w++) {
                if (words.get(w)[1] > key.start()) {
                    at = w;
                    break;
                }
            }
            keyLast = at;
            while (keyLast + 1 < words.size() && words.get(keyLast + 1)[0] < key.end()) {
                keyLast++;
            }
        }
        if (key == null) {
            // no fact to centre on: the longest clause says most ("For that reason" says nothing)
            int best = 0;
            int bestLength = -1;
            int start = 0;
            for (int w = 0; w < words.size(); w++) {
                if (endsClause(sentence, words.get(w)) || w == words.size() - 1) {
                    if (w - start + 1 > bestLength) {
                        bestLength = w - start + 1;
                        best = start;
                    }
                    start = w + 1;
                }
            }
            at = best;
            keyLast = best;
        }
        // the clause around the key
        int first = at;
        while (first > 0 && !endsClause(sentence, words.get(first - 1))) {
            first--;
        }
        int last = keyLast;
        while (last < words.size() - 1 && !endsClause(sentence, words.get(last))) {
            last++;
        }
        int[] span = trim(sentence, words, first, last, at, keyLast);
        if (span == null || span[1] - span[0] + 1 > PROPOSED_PHRASE_WORDS) {
            // a long clause or a short one: a window around the key instead, cut to whole words
            first = Math.max(Math.max(0, first), at - 3);
            last = Math.min(words.size(), first + PROPOSED_PHRASE_WORDS) - 1;
            first = Math.max(0, last - PROPOSED_PHRASE_WORDS + 1);
            if (first > at) {
                first = at;
            }
            span = trim(sentence, words, first, last, at, keyLast);
            if (span == null) {
                span = new int[] {first, last};
            }
        }
        return trimPunctuation(sentence.substring(words.get(span[0])[0], words.get(span[1])[1]));
    }

    // a word ending in , ; : or a dash ends a clause
    private static boolean endsClause(String sentence, int[] word) {
        char c = sentence.charAt(word[1] - 1);
        return c == ',' || c == ';' || c == ':' || c == '\u2014' || c == '\u2013'
                || word[1] < sentence.length() - 2 && sentence.startsWith(" \u2014", word[1]);
    }

    /** The span without a trailing function word or a leading joiner, still holding the key; null when too short. */
    private static int @Nullable [] trim(String sentence, List<int[]> words, int first, int last, int keyFirst, int keyLast) {
        java.util.Set<String> function = Lexicon.list("function-words");
        while (last > first && last > keyLast && function.contains(bare(sentence, words.get(last)))) {
            last--;
        }
        while (first < last && first < keyFirst && LEADING_JOINERS.contains(bare(sentence, words.get(first)))) {
            first++;
        }
        if (last - first + 1 < MIN_PHRASE_WORDS) {
            return null;
        }
        return new int[] {first, last};
    }

    private static String bare(String sentence, int[] word) {
        return trimPunctuation(sentence.substring(word[0], word[1])).toLowerCase(java.util.Locale.ROOT);
    }

    static String trimPunctuation(String phrase) {
        int start = 0;
        int end = phrase.length();
        while (start < end && !Character.isLetterOrDigit(phrase.codePointAt(start)) && "$€£¥".indexOf(phrase.charAt(start)) < 0) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(phrase.charAt(end - 1)) && phrase.charAt(end - 1) != '%') {
            end--;
        }
        return phrase.substring(start, end);
    }

    /** How many words a key phrase has. */
    public static int wordCount(String phrase) {
        String s = phrase == null ? "" : phrase.strip();
        return s.isEmpty() ? 0 : s.split("\\s+").length;
    }
}
