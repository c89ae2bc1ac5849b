package org.sourcewise.quizzes;

import java.util.List;
import java.util.stream.IntStream;
import org.sourcewise.TestUsers;
import org.sourcewise.accounts.SystemTask;
import org.sourcewise.questions.QuestionBankService;
import org.sourcewise.questions.QuestionContent;
import org.sourcewise.questions.QuestionType;
import org.sourcewise.quizzes.internal.AttemptQuestionEntity;
import org.sourcewise.quizzes.internal.AttemptQuestionRepository;
import org.springframework.stereotype.Component;

/** Takes attempts for tests of other features: answers chosen positions fully right (worked out from the key). */
@Component
public class TestAnswers {

    private final AnswerService attemptAnswers;
    private final AttemptStartService attemptStarts;
    private final AttemptSubmissionService attemptSubmissions;
    private final AttemptQuestionRepository attemptQuestions;
    private final QuestionBankService bank;
    private final TestUsers users;

    TestAnswers(AnswerService attemptAnswers, AttemptStartService attemptStarts, AttemptSubmissionService attemptSubmissions, AttemptQuestionRepository attemptQuestions, QuestionBankService bank, TestUsers users) {
        this.attemptAnswers = attemptAnswers;
        this.attemptStarts = attemptStarts;
        this.attemptSubmissions = attemptSubmissions;
        this.attemptQuestions = attemptQuestions;
        this.bank = bank;
        this.users = users;
    }

    /** Starts an attempt as the student, answers the first {@code right} positions right, leaves the rest blank. */
    public long start(String student, long quizId, int right) {
        long id = users.as(student, () -> attemptStarts.startOrResume(quizId));
        for (int position = 1; position <= right; position++) {
            List<String> answer = rightAnswer(id, position);
            int p = position;
            users.run(student, () -> attemptAnswers.saveAnswer(id, p, answer));
        }
        return id;
    }

    /** {@link #start}, then submits. */
    public AttemptSummary take(String student, long quizId, int right) {
        long id = start(student, quizId, right);
        return users.as(student, () -> attemptSubmissions.submit(id));
    }

    /** Display values that answer the question at this position fully right. */
    public List<String> rightAnswer(long attemptId, int position) {
        var aq = attemptQuestions.findById(new AttemptQuestionEntity.Key(attemptId, position)).orElseThrow();
        QuestionContent content = SystemTask.call(() -> bank.versions(List.of(aq.getQuestionVersionId()))).get(aq.getQuestionVersionId());
        List<Integer> order = aq.optionOrder();
        return switch (content.type()) {
            case SINGLE_CHOICE, TRUE_FALSE -> {
                int authored = IntStream.range(0, content.options().size())
                        .filter(i -> content.options().get(i).weight() >= 1.0).findFirst().orElseThrow();
                yield content.type() == QuestionType.TRUE_FALSE ? List.of(String.valueOf(authored == 0))
                        : List.of(String.valueOf(order == null ? authored : order.indexOf(authored)));
            }
            case MULTIPLE_RESPONSE -> IntStream.range(0, content.options().size())
                    .filter(i -> content.options().get(i).weight() > 0)
                    .mapToObj(i -> String.valueOf(order == null ? i : order.indexOf(i))).toList();
            case SHORT_ANSWER -> List.of(content.options().stream().filter(o -> o.weight() >= 1).findFirst().orElseThrow().text());
            case NUMERIC -> List.of(String.valueOf(content.options().stream().filter(o -> o.weight() >= 1).findFirst().orElseThrow().value()));
            case ORDERING -> IntStream.range(0, content.options().size()).mapToObj(i -> String.valueOf(order.indexOf(i))).toList();
            case MATCHING -> content.options().stream().filter(o -> o.text() != null).map(o -> o.match()).toList();
            case CLOZE -> IntStream.rangeClosed(1, content.blankCount())
                    .mapToObj(b -> content.options().stream().filter(o -> Integer.valueOf(b).equals(o.blank()) && o.weight() >= 1)
                            .findFirst().orElseThrow().text()).toList();
            case ESSAY -> List.of("An essay.");
        };
    }
}
