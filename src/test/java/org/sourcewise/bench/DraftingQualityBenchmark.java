package org.sourcewise.bench;

import java.util.List;
import java.util.Locale;
import org.sourcewise.content.drafting.QualityBenchmark;

/**
 * Prints the drafting quality benchmark (docs/drafting.md): recall of the claims a teacher would pick,
 * share of well-formed ticked candidates, share of choice drafts with type-matched distractors, per
 * article and in all, then what fell short. Asserts nothing; {@code QualityBenchmarkTest} keeps the floor.
 *
 * <pre>
 * ./mvnw -B -q test-compile exec:java -Dexec.mainClass=org.sourcewise.bench.DraftingQualityBenchmark -Dexec.classpathScope=test
 * </pre>
 */
public final class DraftingQualityBenchmark {

    private DraftingQualityBenchmark() {
    }

    public static void main(String[] args) {
        List<QualityBenchmark.Result> results = QualityBenchmark.runAll();
        System.out.println("| article | candidates | ticked | recall (teacher's claims ticked) | ticked on the teacher's list"
                + " | well-formed, ticked | well-formed, all candidates | type-matched choice drafts |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (QualityBenchmark.Result r : results) {
            row(r);
        }
        row(QualityBenchmark.total(results));
        boolean verbose = !Boolean.getBoolean("bench.quiet");
        if (verbose) {
            for (QualityBenchmark.Result r : results) {
                System.out.println();
                System.out.println("## " + r.article());
                r.missed().forEach(m -> System.out.println("missed: " + m));
                r.malformed().forEach(m -> System.out.println("malformed: " + m));
                r.mismatched().forEach(m -> System.out.println("mismatched: " + m));
            }
        }
    }

    private static void row(QualityBenchmark.Result r) {
        System.out.println(String.format(Locale.ROOT, "| %s | %d | %d | %d/%d = %.0f%% | %d/%d = %.0f%% | %d/%d = %.0f%% | %d/%d = %.0f%%"
                        + " | %d/%d = %.0f%% |",
                r.article(), r.candidates(), r.ticked(), r.recalled(), r.claims(), 100 * r.recall(), r.tickedOnList(), r.ticked(),
                100 * r.precision(), r.wellFormed(), r.ticked(), 100 * r.wellFormedShare(), r.wellFormedAll(), r.candidates(),
                100 * r.wellFormedAllShare(), r.typeMatched(), r.choices(), 100 * r.typeMatchedShare()));
    }
}
