package org.sourcewise.questions.formats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The problems an import reports: the first {@link #LISTED} by line, and how many more there are. A
 * hostile file can hold a million mistakes; listing them all made a 2 MB file answer with 25 MB, so
 * only the first ones are kept, in memory as in the answer.
 */
public final class ProblemList {

    /** How many problems are listed at most; the rest are only counted. */
    public static final int LISTED = 100;

    private record Numbered(ImportProblem problem, long seq) {
    }

    // The order problems are listed in: by line, and on one line in the order they were found.
    private static final Comparator<Numbered> ORDER =
            Comparator.comparingInt((Numbered n) -> n.problem().line()).thenComparingLong(Numbered::seq);

    // Holds the LISTED first problems with the last of them on top, so a later one can push it out.
    private final PriorityQueue<Numbered> kept = new PriorityQueue<>(ORDER.reversed());
    private long seq;
    private int total;

    public void add(ImportProblem problem) {
        total++;
        kept.add(new Numbered(problem, seq++));
        if (kept.size() > LISTED) {
            kept.poll();
        }
    }

    public void addAll(List<ImportProblem> problems) {
        problems.forEach(this::add);
    }

    /** Counts {@code count} problems found elsewhere and not listed there either. */
    public void countUnlisted(int count) {
        total += count;
    }

    /** Every problem added, counting those not listed. */
    public int total() {
        return total;
    }

    public boolean isEmpty() {
        return total == 0;
    }

    /** The first {@link #LISTED} problems, by line. */
    public List<ImportProblem> listed() {
        List<Numbered> sorted = new ArrayList<>(kept);
        sorted.sort(ORDER);
        return sorted.stream().map(Numbered::problem).toList();
    }

    /** How many problems were found beyond those listed. */
    public int more() {
        return total - kept.size();
    }
}
