package org.sourcewise.questions;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * An accepted short answer (or typed cloze answer) read as Moodle reads one: {@code *} stands for any
 * run of characters, none included, so {@code Fro*} accepts "Frog" and "Fro"; {@code \*} is a literal
 * star. An answer without a star is matched whole, as before.
 *
 * <p>The answer is cut at its stars and each piece is put in the form the response is compared in
 * (typed exactly, or normalised by {@link TextNormalizer}), so that a wildcard answer forgives case,
 * accents and spacing just as a plain one does. Matching is a left-to-right search for each piece in
 * turn, linear in the response's length times the number of pieces; it never backtracks.
 */
public final class AnswerPattern {

    private final List<String> pieces;

    private AnswerPattern(List<String> pieces) {
        this.pieces = pieces;
    }

    /** Whether {@code answer} holds a star that is not escaped as {@code \*}. */
    public static boolean hasWildcard(@Nullable String answer) {
        if (answer == null) {
            return false;
        }
        for (int i = 0; i < answer.length(); i++) {
            if (answer.charAt(i) == '\\' && i + 1 < answer.length() && answer.charAt(i + 1) == '*') {
                i++;
            } else if (answer.charAt(i) == '*') {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code answer} is nothing but stars, so that it would accept any response at all. */
    public static boolean onlyWildcards(@Nullable String answer) {
        return answer != null && answer.strip().matches("\\*+");
    }

    /** The answer as typed exactly: trimmed, runs of white space as one space, case kept. */
    public static AnswerPattern exact(String answer) {
        return of(answer, piece -> piece.replaceAll("\\s+", " "));
    }

    /** The answer in {@link TextNormalizer#normalize} form, piece by piece. */
    public static AnswerPattern normalised(String answer) {
        return of(answer, AnswerPattern::normaliseKeepingEdges);
    }

    /** Whether {@code response}, already in the same form as this pattern, is accepted by it. */
    public boolean matches(String response) {
        if (pieces.size() == 1) {
            return response.equals(pieces.getFirst());
        }
        String first = pieces.getFirst();
        String last = pieces.getLast();
        if (!response.startsWith(first) || response.length() < first.length() + last.length()) {
            return false;
        }
        int at = first.length();
        int end = response.length() - last.length();
        for (int i = 1; i < pieces.size() - 1; i++) {
            int found = response.indexOf(pieces.get(i), at);
            if (found < 0 || found + pieces.get(i).length() > end) {
                return false;
            }
            at = found + pieces.get(i).length();
        }
        return response.endsWith(last);
    }

    private static AnswerPattern of(String answer, UnaryOperator<String> form) {
        List<String> raw = split(answer);
        List<String> pieces = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            String p = form.apply(raw.get(i));
            // the response is compared trimmed, so only the outer ends of the answer are trimmed
            if (i == 0) {
                p = p.stripLeading();
            }
            if (i == raw.size() - 1) {
                p = p.stripTrailing();
            }
            pieces.add(p);
        }
        return new AnswerPattern(List.copyOf(pieces));
    }

    /** The answer cut at runs of unescaped stars; {@code \*} becomes a star inside a piece. */
    private static List<String> split(String answer) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        boolean afterStar = false;
        for (int i = 0; i < answer.length(); i++) {
            char c = answer.charAt(i);
            if (c == '\\' && i + 1 < answer.length() && answer.charAt(i + 1) == '*') {
                piece.append('*');
                i++;
                afterStar = false;
            } else if (c == '*') {
                if (!afterStar) {
                    pieces.add(piece.toString());
                    piece.setLength(0);
                }
                afterStar = true;
            } else {
                piece.append(c);
                afterStar = false;
            }
        }
        pieces.add(piece.toString());
        return pieces;
    }

    /**
     * A piece normalised with the space at either edge kept, so that {@code New *} still asks for a
     * word boundary after "new": the piece is normalised between two letters, which are then removed.
     */
    private static String normaliseKeepingEdges(String piece) {
        String n = TextNormalizer.normalize("x" + piece + "x");
        return n.substring(1, n.length() - 1);
    }

    @Override
    public String toString() {
        return String.join("*", pieces);
    }
}
