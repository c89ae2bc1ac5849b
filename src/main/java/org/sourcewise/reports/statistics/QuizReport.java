package org.sourcewise.reports.statistics;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The statistics of one quiz for one attempt selection.
 *
 * @param selection which attempts were counted
 * @param test      whole-test figures
 * @param questions one entry per question seen, ordered by first slot, then question id
 */
public record QuizReport(AttemptSelection selection, TestStatistics test, List<QuestionStatistics> questions) {

    public QuizReport {
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(test, "test");
        questions = List.copyOf(questions);
    }

    /** The statistics for one question, if any counted attempt saw it. */
    public Optional<QuestionStatistics> question(String questionId) {
        return questions.stream().filter(q -> q.questionId().equals(questionId)).findFirst();
    }
}
