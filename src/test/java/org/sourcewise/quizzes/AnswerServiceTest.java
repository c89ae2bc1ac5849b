package org.sourcewise.quizzes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcewise.accounts.CurrentUser;
import org.sourcewise.accounts.UserId;
import org.sourcewise.questions.Option;
import org.sourcewise.questions.QuestionBankService;
import org.sourcewise.questions.QuestionContent;
import org.sourcewise.questions.QuestionType;
import org.sourcewise.quizzes.internal.AttemptGate;
import org.sourcewise.quizzes.internal.AttemptQuestionRepository;
import org.sourcewise.quizzes.internal.AttemptRepository;
import org.sourcewise.quizzes.internal.QuizRepository;
import org.sourcewise.quizzes.internal.ResponseEntity;
import org.sourcewise.quizzes.internal.ResponseRepository;
import org.sourcewise.quizzes.rules.QuizRules;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/** The hot path of an exam, with its collaborators mocked: what a save checks, writes and refuses. */
class AnswerServiceTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final long ATTEMPT = 42;
    private static final long ME = 7;
    private static final QuestionContent CHOICE = new QuestionContent(QuestionType.SINGLE_CHOICE, "Which?",
            List.of(Option.choice("Russia", 1, null), Option.choice("China", 0, null), Option.choice("Cuba", 0, null)), "Why.", null);

    private final AttemptRepository attempts = mock(AttemptRepository.class);
    private final ResponseRepository responses = mock(ResponseRepository.class);
    private final QuestionBankService bank = mock(QuestionBankService.class);
    private final FrozenQuestions frozen = mock(FrozenQuestions.class);
    private final CurrentUser currentUser = mock(CurrentUser.class);
    private final AttemptSubmissionService submissions = mock(AttemptSubmissionService.class);
    private AnswerService service;

    @BeforeEach
    void setUp() {
        PlatformTransactionManager transactions = mock(PlatformTransactionManager.class);
        when(transactions.getTransaction(any())).thenReturn(new SimpleTransactionStatus());
        service = new AnswerService(mock(QuizRepository.class), attempts, mock(AttemptQuestionRepository.class), responses, bank,
                frozen, currentUser, Clock.fixed(NOW, ZoneOffset.UTC), new TransactionTemplate(transactions), submissions,
                mock(StudentAttempts.class), mock(org.sourcewise.content.CourseService.class));
        when(currentUser.id()).thenReturn(new UserId(ME));
        when(frozen.at(ATTEMPT, 3)).thenReturn(new FrozenQuestions.Frozen(3, 300, List.of(2, 0, 1)));
        when(bank.versions(List.of(300L))).thenReturn(Map.of(300L, CHOICE));
    }

    private void gate(long student, Instant deadline, int position) {
        when(attempts.findGate(ATTEMPT)).thenReturn(Optional.of(new AttemptGate(student, AttemptState.IN_PROGRESS, deadline, position)));
    }

    @Test
    void a_choice_is_stored_in_authored_terms_and_the_position_moves_with_it() {
        gate(ME, NOW.plusSeconds(600), 1);
        when(responses.saveAnswer(ATTEMPT, 3, "[\"0\"]", NOW)).thenReturn(1);

        service.saveAnswer(ATTEMPT, 3, List.of("1")); // display 1 is authored option 0 in the order 2, 0, 1

        verify(responses).saveAnswer(ATTEMPT, 3, "[\"0\"]", NOW);
        verify(responses, never()).save(any());
        verify(attempts).moveTo(ATTEMPT, ME, 3, AttemptState.IN_PROGRESS);
    }

    @Test
    void the_first_answer_to_a_question_inserts_its_response() {
        gate(ME, null, 3);
        when(responses.saveAnswer(anyLong(), anyInt(), anyString(), any())).thenReturn(0);

        service.saveAnswer(ATTEMPT, 3, List.of("2"));

        verify(responses).save(org.mockito.ArgumentMatchers.argThat((ResponseEntity r) -> "[\"1\"]".equals(r.getAnswer())));
        verify(attempts, never()).moveTo(anyLong(), anyLong(), anyInt(), any());
    }

    @Test
    void another_students_attempt_is_refused_and_nothing_is_written() {
        gate(ME + 1, null, 1);

        assertThatThrownBy(() -> service.saveAnswer(ATTEMPT, 3, List.of("1"))).isInstanceOf(AccessDeniedException.class);
        verify(responses, never()).saveAnswer(anyLong(), anyInt(), anyString(), any());
    }

    @Test
    void after_the_deadline_and_its_grace_the_save_is_refused_and_the_attempt_submitted() {
        gate(ME, NOW.minus(QuizRules.GRACE).minusSeconds(1), 1);
        AttemptException over = new AttemptException(AttemptException.Reason.ALREADY_SUBMITTED, "quizzes.attempt.over");
        when(submissions.closed(ATTEMPT)).thenReturn(over);

        assertThatThrownBy(() -> service.saveAnswer(ATTEMPT, 3, List.of("1"))).isSameAs(over);
        verify(responses, never()).saveAnswer(anyLong(), anyInt(), anyString(), any());
    }

    @Test
    void within_the_grace_a_save_that_was_in_flight_still_lands() {
        gate(ME, NOW.minus(QuizRules.GRACE), 3);
        when(responses.saveAnswer(eq(ATTEMPT), eq(3), anyString(), eq(NOW))).thenReturn(1);

        service.saveAnswer(ATTEMPT, 3, List.of("0"));

        verify(responses).saveAnswer(ATTEMPT, 3, "[\"2\"]", NOW);
    }

    @Test
    void a_numeric_answer_that_is_not_a_number_is_refused_and_nothing_is_saved() {
        QuestionContent numeric = new QuestionContent(QuestionType.NUMERIC, "How many?", List.of(Option.number(10000, 0, 1, null)), "Why.", null);
        when(frozen.at(ATTEMPT, 4)).thenReturn(new FrozenQuestions.Frozen(4, 400, null));
        when(bank.versions(List.of(400L))).thenReturn(Map.of(400L, numeric));
        gate(ME, null, 4);
        when(responses.saveAnswer(eq(ATTEMPT), eq(4), anyString(), eq(NOW))).thenReturn(1);

        assertThatThrownBy(() -> service.saveAnswer(ATTEMPT, 4, List.of("Vladivostok")))
                .isInstanceOfSatisfying(AttemptException.class, e -> assertThat(e.reason()).isEqualTo(AttemptException.Reason.NOT_A_NUMBER));
        verify(responses, never()).saveAnswer(anyLong(), anyInt(), anyString(), any());

        service.saveAnswer(ATTEMPT, 4, List.of("10 000"));
        service.saveAnswer(ATTEMPT, 4, List.of(""));
        verify(responses).saveAnswer(ATTEMPT, 4, "[\"10 000\"]", NOW);
    }

    @Test
    void a_position_the_attempt_does_not_have_is_refused() {
        gate(ME, null, 1);

        assertThatThrownBy(() -> service.saveAnswer(ATTEMPT, 9, List.of("0")))
                .isInstanceOfSatisfying(AttemptException.class, e -> assertThat(e.getMessage()).contains("no question 9"));
    }
}
