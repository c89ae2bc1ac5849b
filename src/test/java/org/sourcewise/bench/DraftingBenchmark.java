package org.sourcewise.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import org.sourcewise.content.drafting.ArticleAnalysis;
import org.sourcewise.content.drafting.ArticleFormat;
import org.sourcewise.content.drafting.ArticleReader;
import org.sourcewise.content.drafting.Candidate;
import org.sourcewise.content.drafting.ClaimProposer;
import org.sourcewise.content.drafting.DraftClaim;
import org.sourcewise.content.drafting.DraftQuestion;
import org.sourcewise.content.drafting.DraftingCorpus;
import org.sourcewise.content.drafting.QuestionDrafter;

/**
 * How long an article takes to become candidate claims and draft questions (docs/drafting.md): read the
 * text, split, rank, then draft questions for every candidate (more than an instructor would accept).
 * A benchmark, not a test: it prints figures and asserts nothing.
 *
 * <pre>
 * ./mvnw -B -q test-compile exec:java -Dexec.mainClass=org.sourcewise.bench.DraftingBenchmark -Dexec.classpathScope=test
 * # options: -Dbench.words=2000 -Dbench.runs=50 -Dbench.article=/path/to/article.txt
 * </pre>
 */
public final class DraftingBenchmark {

    private DraftingBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int words = Integer.getInteger("bench.words", 2000);
        int runs = Integer.getInteger("bench.runs", 50);
        String file = System.getProperty("bench.article");
        String article = file == null || file.isBlank() ? DraftingCorpus.article(words) : Files.readString(Path.of(file));
        String source = file == null || file.isBlank() ? "made-up test articles, " + words + "+ words" : file;

        System.out.printf("Drafting benchmark: %s; Java %s; %d processors%n", source, Runtime.version(),
                Runtime.getRuntime().availableProcessors());
        Result first = once(article);
        System.out.printf("first run (cold JVM): %.1f ms (read and rank: %.1f ms) for %d words, %d paragraphs, %d candidates,"
                + " %d drafts%n", first.millis, first.rankMillis, first.words, first.paragraphs, first.candidates, first.drafts);
        for (int i = 0; i < 10; i++) {
            once(article);
        }
        double[] times = new double[runs];
        double[] ranks = new double[runs];
        Result last = first;
        for (int i = 0; i < runs; i++) {
            last = once(article);
            times[i] = last.millis;
            ranks[i] = last.rankMillis;
        }
        Arrays.sort(times);
        Arrays.sort(ranks);
        System.out.printf("warm, %d runs, read and rank only (what \"Propose claims\" waits for): median %.1f ms, max %.1f ms%n",
                runs, ranks[runs / 2], ranks[runs - 1]);
        System.out.printf("warm, %d runs: median %.1f ms, p90 %.1f ms, max %.1f ms (%d candidates, %d drafts)%n", runs,
                times[runs / 2], times[(int) (runs * 0.9)], times[runs - 1], last.candidates, last.drafts);
    }

    private record Result(double millis, double rankMillis, int words, int paragraphs, int candidates, int drafts) {
    }

    private static Result once(String article) {
        long start = System.nanoTime();
        List<String> paragraphs = ArticleReader.read(article, ArticleFormat.guess(article)).paragraphs();
        ArticleAnalysis analysis = ClaimProposer.analyse(paragraphs, OptionalInt.empty());
        double rankMillis = (System.nanoTime() - start) / 1e6;
        List<DraftClaim> claims = new ArrayList<>();
        for (Candidate c : analysis.candidates()) {
            claims.add(new DraftClaim("c" + c.rank(), c.text(), c.kind(), c.paragraph(), "Lesson"));
        }
        List<DraftQuestion> drafts = new QuestionDrafter(paragraphs).draft(claims);
        double millis = (System.nanoTime() - start) / 1e6;
        return new Result(millis, rankMillis, analysis.wordCount(), paragraphs.size(), analysis.candidates().size(), drafts.size());
    }
}
