package org.sourcewise.quizzes;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.sourcewise.accounts.AccountPrincipal;
import org.sourcewise.accounts.CurrentUser;
import org.sourcewise.browser.Languages;
import org.sourcewise.browser.Worded;
import org.sourcewise.accounts.Role;
import org.sourcewise.content.ClaimInfo;
import org.sourcewise.content.CourseService;
import org.sourcewise.questions.BankEntry;
import org.sourcewise.questions.QuestionBankService;
import org.sourcewise.questions.QuestionContent;
import org.sourcewise.quizzes.AttemptException.Reason;
import org.sourcewise.quizzes.internal.AttemptEntity;
import org.sourcewise.quizzes.internal.AttemptQuestionEntity;
import org.sourcewise.quizzes.internal.AttemptQuestionRepository;
import org.sourcewise.quizzes.internal.AttemptRepository;
import org.sourcewise.quizzes.internal.QuizEntity;
import org.sourcewise.quizzes.internal.QuizRepository;
import org.sourcewise.quizzes.internal.ResponseEntity;
import org.sourcewise.quizzes.internal.ResponseRepository;
import org.sourcewise.quizzes.rules.AttemptAccess;
import org.sourcewise.quizzes.rules.Standing;
import org.sourcewise.quizzes.scoring.Answer;
import org.sourcewise.quizzes.scoring.Score;
import org.sourcewise.quizzes.scoring.Scorer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * After the fact: the review of a submitted attempt as the quiz's review policy allows (its student,
 * staff who teach the student, admins), and a student's attempts and standings for their home page.
 */
@Service
public class AttemptReviewService {

    private final QuizRepository quizzes;
    private final AttemptRepository attempts;
    private final AttemptQuestionRepository attemptQuestions;
    private final ResponseRepository responses;
    private final QuestionBankService bank;
    private final CourseService courses;
    private final StaffAccess staffAccess;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final StudentAttempts student;
    private final Scorer scorer = new Scorer();

    AttemptReviewService(QuizRepository quizzes, AttemptRepository attempts, AttemptQuestionRepository attemptQuestions,
                         ResponseRepository responses, QuestionBankService bank, CourseService courses, StaffAccess staffAccess,
                         CurrentUser currentUser, Clock clock, StudentAttempts student) {
        this.quizzes = quizzes;
        this.attempts = attempts;
        this.attemptQuestions = attemptQuestions;
        this.responses = responses;
        this.bank = bank;
        this.courses = courses;
        this.staffAccess = staffAccess;
        this.currentUser = currentUser;
        this.clock = clock;
        this.student = student;
    }

    /**
     * The caller's standing on each of these quizzes (quiz id to the assignment's due date, or null):
     * grade, status and attempts left by {@link Standing}'s one rule, for the student home.
     */
    @RolesAllowed("STUDENT")
    @Transactional(readOnly = true)
    public Map<Long, Standing> myStandings(Map<Long, Instant> dueAtByQuiz) {
        Map<Long, List<AttemptSummary>> mine = myAttempts();
        Instant now = clock.instant();
        Map<Long, Standing> standings = new LinkedHashMap<>();
        quizzes.findAllById(dueAtByQuiz.keySet()).forEach(quiz -> standings.put(quiz.getId(),
                Standing.of(quiz.rules(), dueAtByQuiz.get(quiz.getId()), mine.getOrDefault(quiz.getId(), List.of()), now)));
        return standings;
    }

    /** The caller's attempts at every quiz, for the student home. */
    @RolesAllowed("STUDENT")
    @Transactional(readOnly = true)
    public Map<Long, List<AttemptSummary>> myAttempts() {
        List<AttemptEntity> mine = attempts.findByStudentId(currentUser.id().value()).stream()
                .sorted(java.util.Comparator.comparingInt(AttemptEntity::getAttemptNumber)).toList();
        return student.summaries(mine).stream()
                .collect(Collectors.groupingBy(AttemptSummary::quizId, LinkedHashMap::new, Collectors.toList()));
    }

    /** The review of a submitted attempt, as the quiz's review policy allows, for its student or staff; its words in English. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public AttemptReview review(long attemptId) {
        return review(attemptId, Languages.SUPPORTED.getFirst());
    }

    /**
     * The review of a submitted attempt, as the quiz's review policy allows, for its student or staff;
     * the words it adds to the course's (an answer key's "or", an empty match) in {@code language}.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public AttemptReview review(long attemptId, Locale language) {
        AccountPrincipal me = currentUser.require();
        AttemptEntity attempt = attempts.findById(attemptId).orElseThrow(() -> new AccessDeniedException("no such attempt"));
        boolean staff = me.role() != Role.STUDENT;
        if (!AttemptAccess.maySee(staffAccess.viewer(), attempt.getStudentId(), attempt.getClassId())) {
            throw new AccessDeniedException(staff ? "not an attempt of a class you teach" : "this attempt belongs to another student");
        }
        if (attempt.getState() != AttemptState.SUBMITTED) {
            throw new AttemptException(Reason.ALREADY_SUBMITTED, "quizzes.attempt.still-open");
        }
        QuizEntity quiz = quizzes.findById(attempt.getQuizId()).orElseThrow();
        AttemptSummary summary = student.summary(attempt);
        boolean passed = Standing.passes(quiz.rules(), summary);
        String whyHidden = staff ? null : switch (quiz.getReviewPolicy()) {
            case AFTER_SUBMIT -> null;
            case AFTER_CLOSE -> quiz.getCloseAt() == null || clock.instant().isBefore(quiz.getCloseAt())
                    ? Worded.english("quizzes.review.hidden-until-close") : null;
            case NEVER -> Worded.english("quizzes.review.never-shown");
        };
        if (whyHidden != null) {
            return new AttemptReview(summary, student.info(quiz), passed, false, whyHidden, List.of());
        }
        return new AttemptReview(summary, student.info(quiz), passed, true, null, reviewItems(attempt.getId(), language));
    }

    private List<AttemptReview.Item> reviewItems(long attemptId, Locale language) {
        List<AttemptQuestionEntity> questions = attemptQuestions.findByAttemptIdOrderByPosition(attemptId);
        Map<Long, QuestionContent> contents = bank.versions(questions.stream().map(AttemptQuestionEntity::getQuestionVersionId).toList());
        Map<Long, BankEntry> entries = bank.entries(questions.stream().map(AttemptQuestionEntity::getQuestionId).toList()).stream()
                .collect(Collectors.toMap(BankEntry::questionId, e -> e));
        Set<Long> claimIds = entries.values().stream().flatMap(e -> e.claimIds().stream()).collect(Collectors.toSet());
        Map<Long, ClaimInfo> claims = courses.claimsByIds(claimIds).stream().collect(Collectors.toMap(ClaimInfo::id, c -> c));
        Map<Integer, ResponseEntity> saved = responses.findByAttemptIdOrderByPosition(attemptId).stream()
                .collect(Collectors.toMap(ResponseEntity::getPosition, r -> r));
        List<AttemptReview.Item> items = new ArrayList<>();
        for (AttemptQuestionEntity aq : questions) {
            QuestionContent content = Objects.requireNonNull(contents.get(aq.getQuestionVersionId()));
            ResponseEntity r = saved.get(aq.getPosition());
            Answer answer = r == null ? Answer.empty() : StudentAttempts.read(r.getAnswer());
            Score score = scorer.score(content, answer);
            List<String> feedback = score.matchedOptions().stream()
                    .filter(i -> i >= 0 && i < content.options().size())
                    .map(i -> content.options().get(i).feedback()).filter(f -> f != null && !f.isBlank()).distinct().toList();
            List<ClaimInfo> tested = Objects.requireNonNull(entries.get(aq.getQuestionId())).claimIds().stream().map(claims::get)
                    .filter(c -> c != null).sorted(java.util.Comparator.comparingInt(ClaimInfo::ordinal)).toList();
            items.add(new AttemptReview.Item(aq.getPosition(), content.type(), content.stem(), aq.getPoints(),
                    r == null ? Double.valueOf(0) : r.getScore(), r == null ? Double.valueOf(0) : r.getFraction(), !answer.isEmpty(),
                    AttemptPresenter.describe(content, answer, language), AttemptPresenter.key(content, language), feedback,
                    content.explanation(), content.generalFeedback(), tested));
        }
        return items;
    }
}
