package org.sourcewise.quizzes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.sourcewise.questions.BankEntry;
import org.sourcewise.questions.Difficulty;
import org.sourcewise.questions.Option;
import org.sourcewise.questions.QuestionBankService;
import org.sourcewise.questions.QuestionContent;
import org.sourcewise.questions.QuestionStatus;
import org.sourcewise.questions.QuestionType;
import org.sourcewise.quizzes.internal.AttemptEntity;
import org.sourcewise.quizzes.internal.AttemptEntity.SubmittedBy;
import org.sourcewise.quizzes.internal.AttemptQuestionEntity;
import org.sourcewise.quizzes.internal.AttemptQuestionRepository;
import org.sourcewise.quizzes.internal.AttemptRepository;
import org.sourcewise.quizzes.internal.QuizEntity;
import org.sourcewise.quizzes.internal.QuizRepository;
import org.sourcewise.quizzes.internal.ResponseEntity;
import org.sourcewise.quizzes.internal.ResponseRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/** Submitting, with its collaborators mocked: marked once, stored, and announced with its outcomes. */
class AttemptSubmissionServiceTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final long ATTEMPT = 42;
    private static final QuestionContent TRUE = new QuestionContent(QuestionType.TRUE_FALSE, "True?",
            List.of(Option.choice("True", 1, null), Option.choice("False", 0, null)), "Why.", null);

    private final QuizRepository quizzes = mock(QuizRepository.class);
    private final AttemptRepository attempts = mock(AttemptRepository.class);
    private final AttemptQuestionRepository attemptQuestions = mock(AttemptQuestionRepository.class);
    private final ResponseRepository responses = mock(ResponseRepository.class);
    private final QuestionBankService bank = mock(QuestionBankService.class);
    private final AttemptMarksStore marks = mock(AttemptMarksStore.class);
    private final FrozenQuestions frozen = mock(FrozenQuestions.class);
    private final ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);
    private final StudentAttempts student = mock(StudentAttempts.class);
    private final AttemptEntity attempt = mock(AttemptEntity.class);
    private AttemptSubmissionService service;

    @BeforeEach
    void setUp() {
        PlatformTransactionManager transactions = mock(PlatformTransactionManager.class);
        when(transactions.getTransaction(any())).thenReturn(new SimpleTransactionStatus());
        service = new AttemptSubmissionService(quizzes, attempts, attemptQuestions, responses, bank, marks, frozen, events,
                new TransactionTemplate(transactions), Clock.fixed(NOW, ZoneOffset.UTC), student);
        when(attempts.findForUpdate(ATTEMPT)).thenReturn(Optional.of(attempt));
        when(attempt.getQuizId()).thenReturn(5L);
        when(attempt.getStudentId()).thenReturn(7L);
    }

    @Test
    void a_second_submission_changes_nothing_and_announces_nothing() {
        when(attempt.getState()).thenReturn(AttemptState.SUBMITTED);

        service.finish(ATTEMPT, SubmittedBy.STUDENT);

        verify(attempt, never()).submit(any(), any(), org.mockito.ArgumentMatchers.anyDouble());
        verifyNoInteractions(events, marks);
    }

    @Test
    void each_question_is_marked_the_marks_stored_and_the_outcomes_announced_with_the_submission() {
        when(attempt.getState()).thenReturn(AttemptState.IN_PROGRESS);
        QuizEntity quiz = mock(QuizEntity.class);
        when(quiz.getId()).thenReturn(5L);
        when(quiz.getCourseId()).thenReturn(1L);
        when(quizzes.findById(5L)).thenReturn(Optional.of(quiz));
        when(attemptQuestions.findByAttemptIdOrderByPosition(ATTEMPT)).thenReturn(List.of(
                new AttemptQuestionEntity(ATTEMPT, 1, 11L, 100L, 1000L, null, 2),
                new AttemptQuestionEntity(ATTEMPT, 2, 12L, 200L, 2000L, null, 3)));
        when(bank.versions(List.of(1000L, 2000L))).thenReturn(Map.of(1000L, TRUE, 2000L, TRUE));
        when(bank.entries(List.of(100L, 200L))).thenReturn(List.of(entry(100, 31), entry(200, 32)));
        ResponseEntity answered = new ResponseEntity(ATTEMPT, 1, NOW);
        answered.answer("[\"true\"]", NOW);
        when(responses.findByAttemptIdOrderByPosition(ATTEMPT)).thenReturn(List.of(answered));
        when(responses.save(any())).thenAnswer(call -> call.getArgument(0));

        service.finish(ATTEMPT, SubmittedBy.EXPIRY);

        verify(attempt).submit(NOW, SubmittedBy.EXPIRY, 2.0); // 2 points of question 1; question 2 was left blank
        verify(marks).write(any(), anyList(), any());
        verify(frozen).forget(ATTEMPT);
        ArgumentCaptor<AttemptSubmitted> event = ArgumentCaptor.forClass(AttemptSubmitted.class);
        verify(events).publishEvent(event.capture());
        assertThat(event.getValue().student().value()).isEqualTo(7);
        assertThat(event.getValue().outcomes()).extracting(AttemptSubmitted.QuestionOutcome::questionId,
                        AttemptSubmitted.QuestionOutcome::fraction, AttemptSubmitted.QuestionOutcome::answered)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(100L, 1.0, true), org.assertj.core.groups.Tuple.tuple(200L, 0.0, false));
        assertThat(event.getValue().outcomes().get(1).claimIds()).containsExactly(32L);
    }

    private static BankEntry entry(long questionId, long claimId) {
        return new BankEntry(questionId, "q" + questionId, 1, QuestionType.TRUE_FALSE, null, Set.of(), Set.of(claimId),
                Difficulty.MEDIUM, QuestionStatus.PUBLISHED, questionId * 10);
    }
}
