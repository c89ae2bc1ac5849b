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
    /** The article's facts by normalised text, in order of first appearance, each with how often it comes. */
    private final Map<String, Fact> facts = new LinkedHashMap<>();

    /** A fact of the article: its first mention, how often it comes, and its value (NaN for names), computed once. */
    private record Fact(Mention mention, int count, double value) {
    }

    /** A drafter for one article, given its body paragraphs. */
    public QuestionDrafter(List<String> paragraphs) {
        List<String> sentences = paragraphs.stream().flatMap(p -> Sentences.split(p).stream()).toList();
        this.knownNames = Mentions.knownNames(sentences);
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
        if (key != null) {
            String before = statement.substring(0, key.start());
            String after = statement.substring(key.end());
            List<DraftQuestion.Choice> answers = new ArrayList<>();
            answers.add(new DraftQuestion.Choice(key.text(), true, null));
            String plain = key.text().replace(",", "");
            if (key.family() == Mention.Family.NUMBER && !plain.equals(key.text())) {
                answers.add(new DraftQuestion.Choice(plain, true, null));
            }
            if (key.kind() == Mention.Kind.NAME && key.text().startsWith("the ")) {
                answers.add(new DraftQuestion.Choice(key.text().substring(4), true, null));
            }
            drafts.add(new DraftQuestion(claim.key() + "-cloze", claim.key(), DraftQuestion.Type.CLOZE,
                    "Fill in the gap: " + before + "{1}" + after, answers, source, claim.category()));
        }
        List<Mention> swaps = key == null ? List.of() : alternatives(key, mentions);
        List<Mention> sameKind = key == null ? List.of() : swaps.stream().filter(m -> m.kind() == key.kind()).toList();
        if (key != null && index % 2 == 1 && !sameKind.isEmpty()) {
            Mention swap = closest(key, sameKind);
            String altered = statement.substring(0, key.start()) + swap.text() + statement.substring(key.end());
            drafts.add(trueFalse(claim, altered, false,
                    "The article gives " + key.text() + ", not " + swap.text() + ". " + source));
        } else {
            drafts.add(trueFalse(claim, statement, true, source));
        }
        // numbers only ever among their own kind (a percentage is no distractor for a sum of money); dates and
        // names of one family read alike
        List<Mention> distractors = key == null || key.family() == Mention.Family.NUMBER || sameKind.size() >= 2
                ? sameKind : swaps;
        if (key != null && !distractors.isEmpty()) {
            List<Mention> chosen = distractors.subList(0, Math.min(MAX_DISTRACTORS, distractors.size()));
            List<Mention> options = new ArrayList<>(chosen);
            options.add(key);
            options.sort(order(key.family()));
            List<DraftQuestion.Choice> choices = options.stream().map(m -> new DraftQuestion.Choice(m.text(), m == key,
                    m == key ? null : "The article gives " + key.text() + ".")).toList();
            String gap = statement.substring(0, key.start()) + "_____" + statement.substring(key.end());
            drafts.add(new DraftQuestion(claim.key() + "-choice", claim.key(), DraftQuestion.Type.SINGLE_CHOICE,
                    "Which completes the statement? " + gap, choices, source, claim.category()));
        }
        return drafts;
    }

    private static DraftQuestion trueFalse(DraftClaim claim, String statement, boolean truth, String explanation) {
        List<DraftQuestion.Choice> options = List.of(
                new DraftQuestion.Choice("True", truth, truth ? null : explanation),
                new DraftQuestion.Choice("False", !truth, truth ? "The article says so. " + explanation : null));
        return new DraftQuestion(claim.key() + "-tf", claim.key(), DraftQuestion.Type.TRUE_FALSE,
                "True or false? " + statement, options, explanation, claim.category());
    }

    /** The key fact: the first by {@link ClaimProposer#keyMention}'s order that has an alternative, else the first. */
    private @Nullable Mention keyWithAlternatives(List<Mention> mentions) {
        Mention first = ClaimProposer.keyMention(mentions);
        if (first == null || hasAlternative(first, mentions)) {
            return first;
        }
        for (Mention.Kind kind : Mention.Kind.values()) {
            for (Mention m : mentions) {
                if (m.kind() == kind && hasAlternative(m, mentions)) {
                    return m;
                }
            }
        }
        return first;
    }

    /** Whether {@link #alternatives} would find any, without ranking them all. */
    private boolean hasAlternative(Mention key, List<Mention> inSentence) {
        double keyValue = value(key);
        for (Fact f : facts.values()) {
            Mention m = f.mention();
            if (m.family() == key.family() && (Double.isNaN(f.value()) || f.value() != keyValue)
                    && inSentence.stream().noneMatch(s -> s.normalized().equals(m.normalized()))
                    && (key.family() != Mention.Family.NAME || !overlaps(m, key) && m.unit().equals(key.unit()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Other facts of the article that could stand where {@code key} stands: same kind first (counts of the
     * same unit before other counts), then the same family; never one the sentence itself names; the
     * most frequent first.
     */
    List<Mention> alternatives(Mention key, List<Mention> inSentence) {
        Set<String> taken = new java.util.HashSet<>();
        inSentence.forEach(m -> taken.add(m.normalized()));
        List<Fact> pool = facts.values().stream()
                .filter(f -> f.mention().family() == key.family() && !taken.contains(f.mention().normalized()))
                .filter(f -> !(key.family() == Mention.Family.NAME && overlaps(f.mention(), key)))
                .filter(f -> key.family() != Mention.Family.NAME || f.mention().unit().equals(key.unit()))
                .toList();
        Comparator<Fact> rank = Comparator.<Fact>comparingInt(f -> f.mention().kind() == key.kind() ? 0 : 1)
                .thenComparingInt(f -> !key.unit().isEmpty() && f.mention().unit().equals(key.unit()) ? 0 : 1)
                .thenComparing(Comparator.comparingInt(Fact::count).reversed());
        double keyValue = value(key);
        Set<String> values = new java.util.HashSet<>();
        List<Mention> result = new ArrayList<>();
        for (Fact f : pool.stream().sorted(rank).toList()) {
            double v = f.value();
            if (!Double.isNaN(v) && (v == keyValue || !values.add(f.mention().kind() + ":" + v))) {
                continue; // the same number in other words is no alternative
            }
            result.add(f.mention());
        }
        return result;
    }

    // "Korea" is no alternative to "North Korea"
    private static boolean overlaps(Mention a, Mention b) {
        String x = " " + a.normalized() + " ";
        String y = " " + b.normalized() + " ";
        return x.contains(y) || y.contains(x);
    }

    /** The alternative nearest the key: in value for numbers and dates, else the first (most frequent). */
    private static Mention closest(Mention key, List<Mention> alternatives) {
        double value = value(key);
        if (Double.isNaN(value)) {
            return alternatives.getFirst();
        }
        Mention best = alternatives.getFirst();
        double bestDistance = Double.MAX_VALUE;
        for (Mention m : alternatives) {
            double v = value(m);
            if (m.kind() == key.kind() && !Double.isNaN(v) && v != value) {
                double d = Math.abs(Math.log(Math.abs(v) + 1) - Math.log(Math.abs(value) + 1));
                if (d < bestDistance) {
                    best = m;
                    bestDistance = d;
                }
            }
        }
        return best;
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
            return Double.NaN;
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

    private static Comparator<Mention> order(Mention.Family family) {
        if (family == Mention.Family.NAME) {
            return Comparator.comparing(Mention::normalized);
        }
        return Comparator.comparingDouble((Mention m) -> Double.isNaN(value(m)) ? Double.MAX_VALUE : value(m))
                .thenComparing(Mention::normalized);
    }
}
