package org.sourcewise.content.drafting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Whether a sentence can stand alone as a claim. A sentence that opens (after "Yet," "But"...) with a pronoun
 * pointing back gets its subject from the sentence before, where that is safe: "It" and "Its" a thing's
 * subject ("The Marine Safety Agency"), "He", "She", "His", "Her" a person's, when that sentence opens with
 * it. "They", "These", "This", "Those", "Such", "Both", a pronoun without such a subject, and "only 15% are
 * ..." cannot be resolved safely: the sentence needs context, and the sentence before is that context.
 */
final class StandAlone {

    /** A sentence as a claim: the statement to propose, and when it cannot stand alone, the sentence before it. */
    record Result(String statement, @Nullable String context) {
    }

    private static final Set<String> CONNECTIVES = Set.of("yet", "but", "and", "so", "still", "however", "meanwhile",
            "instead", "also", "then", "now", "today", "later", "indeed", "moreover", "besides", "nevertheless", "thus");
    private static final Set<String> INTRO_PREPOSITIONS = Set.of("in", "by", "on", "since", "after", "before", "from",
            "during", "at", "until", "within", "over");
    private static final Set<String> UNRESOLVED = Set.of("they", "their", "them", "these", "this", "those", "that",
            "such", "both", "theirs", "there's");
    private static final Set<String> TIME_NOUNS = Set.of("year", "week", "month", "summer", "winter", "spring", "autumn",
            "time", "decade", "century", "morning", "evening", "weekend");
    private static final Set<String> AUXILIARIES = Set.of("is", "was", "are", "were", "has", "had", "have", "will",
            "would", "can", "could", "may", "might", "must", "should", "did", "does", "remains", "remained", "stands");
    private static final Pattern DUMMY_IT = Pattern.compile("^(it|It) (is|was|has been|had been|seems|seemed|appears"
            + "|appeared|remains|will be|would be|may be|could be|took|takes)\\b.*\\b(that|to|who|whether|how|why|when)\\b");
    private static final Pattern CLEFT = Pattern.compile("^It (is|was) .*\\bwho\\b");
    private static final Pattern SUBJECTLESS_SHARE = Pattern.compile("^(only |just |about |some |nearly |almost )?"
            + "\\d[\\d.,]*\\s?(%|percent|per cent) (are|were|is|was|have|had|do|did)\\b", Pattern.CASE_INSENSITIVE);

    private StandAlone() {
    }

    /** The sentences of the article in order, their mentions, and the article's name types: one result each. */
    static List<Result> resolve(List<String> sentences, List<List<Mention>> mentions, List<Boolean> paragraphStarts,
                                NameTypes types) {
        List<Result> results = new ArrayList<>();
        @Nullable Subject previous = null;
        for (int i = 0; i < sentences.size(); i++) {
            String sentence = sentences.get(i);
            String before = i == 0 ? null : sentences.get(i - 1);
            Resolution r = resolveOne(sentence, mentions.get(i), previous, types);
            results.add(new Result(r.statement, r.resolved ? null : before == null ? "(the article's first sentence)" : before));
            previous = r.subject != null ? r.subject : subjectOf(sentence, mentions.get(i), types);
        }
        return results;
    }

    private record Subject(String text, boolean person) {
    }

    private record Resolution(String statement, boolean resolved, @Nullable Subject subject) {
    }

    private static Resolution resolveOne(String sentence, List<Mention> mentions, @Nullable Subject previous, NameTypes types) {
        Tokens tokens = Tokens.of(sentence);
        List<Tokens.Token> words = tokens.list().stream().filter(Tokens.Token::isWord).toList();
        if (words.isEmpty()) {
            return new Resolution(sentence, true, null);
        }
        int p = 0;
        while (p < words.size() - 1 && CONNECTIVES.contains(words.get(p).lower())) {
            p++;
        }
        // "In 1854 he persuaded...", "For that reason, they recommend...": a short opening phrase, then the
        // pronoun as the subject ("Since it closed, ..." keeps its pronoun in the opening phrase: no subject)
        if (INTRO_PREPOSITIONS.contains(words.get(p).lower()) || words.get(p).lower().equals("for")) {
            int comma = -1;
            for (Tokens.Token t : tokens.list()) {
                if (t.text().equals(",") && t.start() > words.get(p).start()) {
                    comma = t.start();
                    break;
                }
            }
            for (int j = p + 1; j < Math.min(words.size(), p + 6); j++) {
                String w = words.get(j).text();
                boolean person = Set.of("he", "she").contains(w);
                boolean afterComma = comma > 0 && words.get(j).start() > comma && words.get(j - 1).end() <= comma + 1
                        && Set.of("it", "they", "this", "these").contains(w);
                if (person || afterComma) {
                    p = j;
                    break;
                }
            }
        }
        Tokens.Token first = words.get(p);
        String lower = first.lower();
        String rest = sentence.substring(first.start());
        if (SUBJECTLESS_SHARE.matcher(rest).find()) {
            return new Resolution(sentence, false, null);
        }
        boolean referential = switch (lower) {
            case "it" -> !DUMMY_IT.matcher(rest).find();
            case "its", "he", "she", "his", "her" -> true;
            case "this", "that" -> p + 1 >= words.size() || !TIME_NOUNS.contains(words.get(p + 1).lower());
            default -> UNRESOLVED.contains(lower);
        };
        if (CLEFT.matcher(rest).find()) {
            // "It was a French diplomat, Ferdinand de Lesseps, who revived it": the person is the subject after
            Mention person = mentions.stream().filter(m -> m.kind() == Mention.Kind.NAME
                    && types.of(m) == NameTypes.Type.PERSON).findFirst().orElse(null);
            return new Resolution(sentence, true, person == null ? null : new Subject(person.text(), true));
        }
        if (!referential) {
            return new Resolution(sentence, true, null);
        }
        boolean wantsPerson = Set.of("he", "she", "his", "her").contains(lower);
        boolean possessive = Set.of("its", "his", "her").contains(lower);
        if (UNRESOLVED.contains(lower) || previous == null || previous.person() != wantsPerson) {
            return new Resolution(sentence, false, null);
        }
        String subject = previous.text();
        if (first.start() > 0 && subject.startsWith("The ")) {
            subject = "the " + subject.substring(4);
        } else if (first.start() == 0 && Character.isLowerCase(subject.codePointAt(0))) {
            subject = Character.toUpperCase(subject.charAt(0)) + subject.substring(1);
        }
        String replacement = possessive ? subject + (subject.endsWith("s") ? "\u2019" : "\u2019s") : subject;
        String statement = sentence.substring(0, first.start()) + replacement + sentence.substring(first.end());
        return new Resolution(statement, true, new Subject(previous.text(), previous.person()));
    }

    /** The subject a following "It" or "He" may stand for: a name, or "The new pier", opening the sentence. */
    private static @Nullable Subject subjectOf(String sentence, List<Mention> mentions, NameTypes types) {
        String s = sentence.strip();
        boolean the = s.startsWith("The ");
        for (Mention m : mentions) {
            if (m.kind() != Mention.Kind.NAME || m.unit().equals(Mentions.ADJECTIVE)) {
                continue;
            }
            boolean opens = m.start() == 0 || the && m.start() == 4;
            if (!opens) {
                break;
            }
            String after = sentence.substring(m.end());
            if (after.startsWith("'") || after.startsWith("\u2019")) {
                return null; // "Egypt's share...": the subject is the share
            }
            NameTypes.Type type = types.of(m);
            String text = the && m.start() == 4 ? "The " + m.text() : m.text();
            return new Subject(text, type == NameTypes.Type.PERSON);
        }
        // "The new pier will...", "The canal opened..."
        Tokens tokens = Tokens.of(s);
        List<Tokens.Token> words = tokens.list();
        if (words.size() > 2 && words.getFirst().text().equals("The")) {
            for (int j = 1; j < Math.min(words.size(), 5); j++) {
                Tokens.Token w = words.get(j);
                if (!w.isWord() || Character.isUpperCase(w.text().codePointAt(0))) {
                    return null;
                }
                if (j > 1 && (AUXILIARIES.contains(w.lower()) || w.lower().endsWith("ed") && w.lower().length() > 4)) {
                    return new Subject(s.substring(0, words.get(j - 1).end()), false);
                }
            }
        }
        return null;
    }

    /** Whether a word is one of those that make a sentence point back; for tests and the benchmark. */
    static boolean pointsBack(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return UNRESOLVED.contains(w) || Set.of("it", "its", "he", "she", "his", "her").contains(w);
    }
}
