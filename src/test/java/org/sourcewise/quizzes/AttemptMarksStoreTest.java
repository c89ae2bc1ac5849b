package org.sourcewise.quizzes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcewise.IntegrationTest;
import org.sourcewise.TestUsers;
import org.sourcewise.quizzes.internal.AttemptEntity;
import org.sourcewise.quizzes.internal.AttemptMarksEntity;
import org.sourcewise.quizzes.internal.AttemptMarksRepository;
import org.sourcewise.quizzes.internal.AttemptRepository;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.beans.factory.annotation.Autowired;

/** The one-row copy of an attempt's marks that statistics read, and how it follows grading. */
@IntegrationTest
class AttemptMarksStoreTest {

    @Autowired
    EssayAttempts essays;
    @Autowired
    AttemptResults results;
    @Autowired
    GradingService grading;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    AttemptMarksRepository copies;
    @Autowired
    AttemptRepository attempts;
    @Autowired
    TestUsers users;

    EssayAttempts.EssayAttempt made;
    AttemptEntity attempt;

    @BeforeEach
    void setUp() {
        made = essays.create();
        attempt = attempts.findById(made.attemptId()).orElseThrow();
    }

    private MarkedAttempt marked() {
        return users.as(made.instructor(), () -> results.markedAttempts(attempt.getQuizId(), List.of(made.classId())))
                .getFirst();
    }

    private MarkedQuestion essay(MarkedAttempt a) {
        return a.questions().stream().filter(q -> q.position() == made.essayPosition()).findFirst().orElseThrow();
    }

    @Test
    void submitting_stores_a_copy_of_the_marks_at_the_attempts_revision() {
        AttemptMarksEntity copy = copies.findById(made.attemptId()).orElseThrow();

        assertThat(copy.getRevision()).isEqualTo(attempt.getMarksRevision()).isPositive();
        List<StoredMark> stored = StoredMark.decode(copy.getMarks());
        assertThat(stored).extracting(StoredMark::position).containsExactlyElementsOf(
                marked().questions().stream().map(MarkedQuestion::position).sorted().toList());
        assertThat(stored).filteredOn(StoredMark::needsGrading).extracting(StoredMark::position).containsExactly(made.essayPosition());
    }

    @Test
    void marks_read_from_the_copy_equal_marks_read_the_long_way() {
        MarkedAttempt fromCopy = marked();
        copies.deleteById(made.attemptId());

        MarkedAttempt longWay = marked();

        assertThat(longWay).isEqualTo(fromCopy);
        assertThat(essay(longWay).mark()).isNull();
    }

    @Test
    void a_grade_renews_the_copy_in_its_own_transaction_at_the_new_revision() {
        users.as(made.instructor(), () -> grading.gradeEssay(made.attemptId(), made.essayPosition(), 4, null));
        int revision = attempts.findById(made.attemptId()).orElseThrow().getMarksRevision();
        assertThat(revision).isGreaterThan(attempt.getMarksRevision());

        AttemptMarksEntity copy = copies.findById(made.attemptId()).orElseThrow();
        assertThat(copy.getRevision()).isEqualTo(revision);
        assertThat(StoredMark.decode(copy.getMarks())).filteredOn(m -> m.position() == made.essayPosition())
                .singleElement().satisfies(m -> {
                    assertThat(m.score()).isEqualTo(4.0);
                    assertThat(m.needsGrading()).isFalse();
                });
        assertThat(essay(marked()).mark()).isEqualTo(4.0);
    }

    @Test
    void a_stale_copy_is_not_used_and_readers_see_the_marks_as_they_are() {
        users.as(made.instructor(), () -> grading.gradeEssay(made.attemptId(), made.essayPosition(), 4, null));
        // a copy left behind at an older revision, as after a grade written by older code
        transaction.executeWithoutResult(status -> copies.replace(made.attemptId(), attempt.getMarksRevision(),
                StoredMark.encode(StoredMark.decode(copies.findById(made.attemptId()).orElseThrow().getMarks()).stream()
                        .map(m -> m.position() == made.essayPosition()
                                ? new StoredMark(m.position(), m.slotId(), m.questionId(), m.versionId(), m.points(), null, true, true, m.chosen())
                                : m).toList())));

        assertThat(essay(marked()).mark()).isEqualTo(4.0);
    }
}
