package org.sourcewise.quizzes.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.sourcewise.content.CourseImportContext;
import org.sourcewise.content.CourseImportPart;
import org.sourcewise.questions.BankEntry;
import org.sourcewise.questions.QuestionBankService;
import org.sourcewise.quizzes.QuizAssembler;
import org.sourcewise.quizzes.ReviewPolicy;
import org.sourcewise.quizzes.internal.QuizDocs.QuizDoc;
import org.sourcewise.quizzes.internal.QuizDocs.QuizzesDoc;
import org.sourcewise.quizzes.internal.QuizDocs.SlotDoc;
import org.sourcewise.quizzes.scoring.GradingMethod;
import org.springframework.stereotype.Component;

/** Imports quizzes.yaml after the bank, and proves each quiz can be assembled from it. */
@Component
class QuizFileImporter implements CourseImportPart {

    static final String FILE = "quizzes.yaml";
    /** Draws are random; assembling this many times with different seeds shows the bank suffices. */
    private static final int ASSEMBLY_TRIALS = 25;

    private final QuizRepository quizzes;
    private final QuizSlotRepository slots;
    private final QuestionBankService bank;
    private final SlotRules slotRules;

    QuizFileImporter(QuizRepository quizzes, QuizSlotRepository slots, QuestionBankService bank, SlotRules slotRules) {
        this.quizzes = quizzes;
        this.slots = slots;
        this.bank = bank;
        this.slotRules = slotRules;
    }

    @Override
    public String fileName() {
        return FILE;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void importFile(CourseImportContext context) {
        QuizzesDoc doc = context.read(FILE, QuizzesDoc.class);
        List<QuizDoc> list = doc.quizzes() == null ? List.of() : doc.quizzes();
        Set<String> keys = new HashSet<>();
        List<BankEntry> published = bank.publishedEntries(context.courseId());
        Set<Long> checks = context.checkQuestionKeys().stream().map(context.questionIds()::get).collect(Collectors.toSet());
        for (int i = 0; i < list.size(); i++) {
            QuizDoc quiz = list.get(i);
            String path = "quizzes[" + i + "]";
            String key = quiz == null ? null : quiz.key();
            if (key == null || key.isBlank()) {
                throw new org.sourcewise.content.CourseFileException(context.displayName(FILE), 0, path + ".key", "every quiz needs a key");
            }
            if (!keys.add(key)) {
                throw context.error(FILE, path + ".key", key, "the key '" + key + "' is used twice");
            }
            if (quiz.title() == null || quiz.title().isBlank()) {
                throw context.error(FILE, path + ".title", key, "a quiz needs a title");
            }
            if (quiz.slots() == null || quiz.slots().isEmpty()) {
                throw context.error(FILE, path + ".slots", key, "a quiz needs at least one slot");
            }
            if (quiz.timeLimitMinutes() != null && quiz.timeLimitMinutes() < 1) {
                throw context.error(FILE, path + ".timeLimitMinutes", key, "a time limit is at least 1 minute; leave it out for an untimed quiz");
            }
            int attempts = quiz.attemptsAllowed() == null ? 1 : quiz.attemptsAllowed();
            if (attempts < 0) {
                throw context.error(FILE, path + ".attemptsAllowed", key, "attempts allowed is 0 (unlimited) or more");
            }
            double passMark = quiz.passMark() == null ? 0 : quiz.passMark();
            if (passMark < 0 || passMark > 100) {
                throw context.error(FILE, path + ".passMark", key, "the pass mark is a percentage from 0 to 100");
            }
            GradingMethod grading = parse(GradingMethod.class, quiz.gradingMethod(), GradingMethod.HIGHEST, context, path + ".gradingMethod", key);
            ReviewPolicy review = parse(ReviewPolicy.class, quiz.reviewPolicy(), ReviewPolicy.AFTER_SUBMIT, context, path + ".reviewPolicy", key);
            QuizEntity saved = quizzes.save(new QuizEntity(context.courseId(), key, quiz.title().strip(), quiz.description(),
                    quiz.timeLimitMinutes() == null ? null : quiz.timeLimitMinutes() * 60, attempts, grading,
                    quiz.openAt(), quiz.closeAt(), Boolean.TRUE.equals(quiz.shuffleQuestions()),
                    Boolean.TRUE.equals(quiz.shuffleOptions()), review, passMark));
            List<QuizSlotEntity> savedSlots = new ArrayList<>();
            for (int s = 0; s < quiz.slots().size(); s++) {
                savedSlots.add(slots.save(slot(context, saved.getId(), s, quiz.slots().get(s), path + ".slots[" + s + "]", key)));
            }
            List<QuizAssembler.Slot> rules = slotRules.toRules(savedSlots, context.lessonClaims().entrySet().stream()
                    .collect(Collectors.toMap(e -> context.lessonIds().get(e.getKey()),
                            e -> e.getValue().stream().map(context.claimIds()::get).collect(Collectors.toSet()))));
            for (int trial = 0; trial < ASSEMBLY_TRIALS; trial++) {
                try {
                    QuizAssembler.assemble(rules, published, checks, new Random(trial));
                } catch (QuizAssembler.NotEnoughQuestionsException e) {
                    throw context.error(FILE, path + ".slots", key, "quiz '" + key + "' cannot be assembled from the bank: " + e.getMessage());
                }
            }
        }
    }

    private QuizSlotEntity slot(CourseImportContext context, Long quizId, int index, SlotDoc slot, String path, String quizKey) {
        if (slot == null) {
            throw context.error(FILE, path, quizKey, "an empty slot");
        }
        double points = slot.points() == null ? 1.0 : slot.points();
        if (points <= 0) {
            throw context.error(FILE, path + ".points", quizKey, "a slot is worth more than 0 points");
        }
        if (slot.question() != null) {
            if (slot.draw() != null || slot.fromLesson() != null || slot.fromClaim() != null || slot.fromTag() != null || slot.fromCategory() != null) {
                throw context.error(FILE, path, quizKey, "a slot is either a fixed question or a draw, not both");
            }
            Long questionId = context.questionIds().get(slot.question());
            if (questionId == null) {
                throw context.error(FILE, path + ".question", quizKey, "the question '" + slot.question() + "' is not in questions.yaml");
            }
            return new QuizSlotEntity(quizId, index + 1, questionId, 1, null, null, null, null, points);
        }
        if (slot.draw() == null || slot.draw() < 1) {
            throw context.error(FILE, path + ".draw", quizKey, "a slot needs a question, or draw: N (1 or more) with a source");
        }
        int sources = (slot.fromLesson() != null ? 1 : 0) + (slot.fromClaim() != null ? 1 : 0) + (slot.fromTag() != null ? 1 : 0)
                + (slot.fromCategory() != null ? 1 : 0);
        if (sources != 1) {
            throw context.error(FILE, path, quizKey, "a draw names exactly one of fromLesson, fromClaim, fromTag, fromCategory");
        }
        Long lessonId = null;
        Long claimId = null;
        if (slot.fromLesson() != null) {
            lessonId = context.lessonIds().get(slot.fromLesson());
            if (lessonId == null) {
                throw context.error(FILE, path + ".fromLesson", quizKey, "the lesson '" + slot.fromLesson() + "' is not in lessons.yaml");
            }
        }
        if (slot.fromClaim() != null) {
            claimId = context.claimIds().get(slot.fromClaim());
            if (claimId == null) {
                throw context.error(FILE, path + ".fromClaim", quizKey, "the claim '" + slot.fromClaim() + "' is not in claims.yaml");
            }
        }
        return new QuizSlotEntity(quizId, index + 1, null, slot.draw(), lessonId, claimId, slot.fromTag(), slot.fromCategory(), points);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, E fallback, CourseImportContext context,
                                               String path, String key) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw context.error(FILE, path, key, "'" + value + "' is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
