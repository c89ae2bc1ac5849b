package org.sourcewise.quizzes.scoring;

import java.util.List;
import java.util.OptionalInt;
import org.sourcewise.questions.Option;

/**
 * Ordering: the share of item pairs the student put in the right relative order (Kendall-style).
 * With n items there are n(n-1)/2 pairs; a pair counts when the item authored earlier also comes
 * earlier in the response. One item out of place costs only the pairs it crosses, unlike "items in the
 * right position", where a shift by one would lose almost everything.
 */
final class OrderingScoring {

    private OrderingScoring() {
    }

    static Score score(List<Option> options, Answer answer) {
        int n = options.size();
        List<String> values = answer.values();
        if (n == 0 || values.size() != n) {
            return Score.zero();
        }
        int[] order = new int[n];
        boolean[] seen = new boolean[n];
        for (int position = 0; position < n; position++) {
            OptionalInt item = Credit.index(values.get(position), n);
            if (item.isEmpty() || seen[item.getAsInt()]) {
                // not a permutation of the items: nothing sensible to compare
                return Score.zero();
            }
            seen[item.getAsInt()] = true;
            order[position] = item.getAsInt();
        }
        if (n == 1) {
            return Score.of(1, List.of());
        }
        int concordant = 0;
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                if (order[a] < order[b]) {
                    concordant++;
                }
            }
        }
        return Score.of(Credit.tidy(concordant / (n * (n - 1) / 2.0)), List.of());
    }
}
