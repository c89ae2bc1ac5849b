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
    static final int MIN_SUGGESTED_SCORE = 5;

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
        int index = 0;
        int words = 0;
        for (int p = 0; p < sentences.size(); p++) {
            List<String> paragraph = sentences.get(p);
            for (int s = 0; s < paragraph.size(); s++) {
                String sentence = paragraph.get(s);
                List<Mention> found = mentions.get(index++);
                List<String> reasons = new ArrayList<>();
                int score = score(sentence, found, reasons);
                words += Tokens.of(sentence).wordCount();
                ClaimKind kind = kindOf(sentence, found, year, reasons);
                unranked.add(new Candidate(0, p + 1, s + 1, sentence, score, kind, keyPhrase(sentence, keyMention(found)),
                        false, found, reasons));
            }
        }
        List<Candidate> ranked = new ArrayList<>(unranked);
        ranked.sort(Comparator.comparingInt(Candidate::score).reversed()
                .thenComparingInt(Candidate::paragraph).thenComparingInt(Candidate::sentence));
        int suggest = Math.max(5, Math.min(20, ranked.size() / 3));
        List<Candidate> result = new ArrayList<>();
        for (int r = 0; r < ranked.size(); r++) {
            Candidate c = ranked.get(r);
            boolean suggested = r < suggest && c.score() >= MIN_SUGGESTED_SCORE && !c.text().endsWith("?");
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

    /**
     * Up to {@value #PROPOSED_PHRASE_WORDS} consecutive words of the sentence, verbatim, around {@code key}
     * (or from its start), without punctuation at either end.
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
        if (key != null) {
            for (int w = 0; w < words.size(); w++) {
                if (words.get(w)[1] > key.start()) {
                    at = w;
                    break;
                }
            }
        }
        int first = Math.max(0, at - 3);
        int last = Math.min(words.size(), first + PROPOSED_PHRASE_WORDS);
        first = Math.max(0, last - PROPOSED_PHRASE_WORDS);
        String phrase = sentence.substring(words.get(first)[0], words.get(last - 1)[1]);
        return trimPunctuation(phrase);
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
