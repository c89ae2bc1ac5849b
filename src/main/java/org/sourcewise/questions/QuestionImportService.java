package org.sourcewise.questions;

import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.sourcewise.accounts.CurrentUser;
import org.sourcewise.browser.Bundles;
import org.sourcewise.browser.Languages;
import org.sourcewise.content.ClaimInfo;
import org.sourcewise.content.CourseEditors;
import org.sourcewise.content.CourseService;
import org.sourcewise.questions.formats.ImportException;
import org.sourcewise.questions.formats.ImportProblem;
import org.sourcewise.questions.formats.ImportResult;
import org.sourcewise.questions.formats.InAnyLanguage;
import org.sourcewise.questions.formats.ProblemList;
import org.sourcewise.questions.formats.QuestionFormat;
import org.sourcewise.questions.formats.QuestionFormats;
import org.sourcewise.questions.internal.QuestionRepository;
import org.sourcewise.questions.internal.QuestionStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a GIFT, Aiken, CSV or JSON file into a course's question bank, all or nothing: the file is
 * parsed, each question is checked against the bank's content rules ({@link QuestionValidator}), its
 * claim keys against the course and its key against the bank, and only when nothing is wrong is
 * anything stored. A dry run does every check and stores nothing. Staff only; every course's bank is
 * open to every instructor (courses have no owner).
 */
@Service
public class QuestionImportService {

    /** The largest file accepted, in bytes. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    /** Prefix of the keys given to questions that arrive without one. */
    static final String GENERATED_KEY_PREFIX = "imp-";

    // column sizes of V1__schema.sql
    private static final int MAX_KEY = 60;
    private static final int MAX_TITLE = 200;
    private static final int MAX_CATEGORY = 200;
    private static final int MAX_TAG = 60;

    private final CourseService courses;
    private final QuestionRepository questions;
    private final QuestionStore store;
    private final CurrentUser currentUser;

    private final CourseEditors editors;

    QuestionImportService(CourseService courses, QuestionRepository questions, QuestionStore store, CurrentUser currentUser,
                          CourseEditors editors) {
        this.editors = editors;
        this.courses = courses;
        this.questions = questions;
        this.store = store;
        this.currentUser = currentUser;
    }

    /**
     * Checks {@code file} and, unless {@code dryRun} or anything is wrong, adds its questions to the
     * course's bank. Instructors and admins; adding (not a dry run) only the course's editors and admins.
     *
     * @throws NoSuchElementException when there is no such course
     */
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    @Transactional
    public QuestionImportReport importQuestions(long courseId, QuestionFormat format, byte[] file, boolean dryRun) {
        return importQuestions(courseId, format, file, file.length, dryRun);
    }

    /**
     * As {@link #importQuestions(long, QuestionFormat, byte[], boolean)}, for a caller that stopped reading a
     * file just past the limit.
     *
     * @param fileSize the whole file's size in bytes, which {@code file} may fall short of; negative when unknown
     */
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    @Transactional
    public QuestionImportReport importQuestions(long courseId, QuestionFormat format, byte[] file, long fileSize,
                                                boolean dryRun) {
        courses.findCourse(courseId).orElseThrow(() -> new NoSuchElementException("no course " + courseId));
        if (!dryRun) {
            editors.requireEditor(courseId); // checking a file changes nothing; adding it is the editors'
        }
        if (file.length > MAX_BYTES || fileSize > MAX_BYTES) {
            long size = fileSize >= 0 ? Math.max(fileSize, file.length) : -1;
            return QuestionImportReport.failed(problems(tooLarge(size)),
                    new ProblemList(), true);
        }
        ImportResult parsed;
        try {
            parsed = QuestionFormats.parse(format, file);
        } catch (ImportException e) {
            return new QuestionImportReport(false, 0, Map.of(), List.of(), List.of(), e.errors(), false, 0, e.more());
        }
        ProblemList errors = new ProblemList();
        ProblemList warnings = new ProblemList();
        warnings.addAll(parsed.warnings());
        warnings.countUnlisted(parsed.moreWarnings());
        if (parsed.questions().isEmpty()) {
            errors.add(ImportProblem.of(0, "questions.import.problem.no-questions-in-file"));
        }
        Map<String, Long> claimIds = courses.claims(courseId).stream()
                .collect(Collectors.toMap(ClaimInfo::key, ClaimInfo::id));
        Set<String> bankKeys = questions.findByCourseIdOrderById(courseId).stream()
                .map(q -> q.getQuestionKey()).collect(Collectors.toCollection(HashSet::new));
        Set<String> fileKeys = parsed.questions().stream().map(QuestionSpec::key).filter(k -> k != null)
                .collect(Collectors.toSet());

        List<QuestionSpec> specs = new ArrayList<>();
        List<Set<Long>> links = new ArrayList<>();
        int next = 1;
        for (int i = 0; i < parsed.questions().size(); i++) {
            QuestionSpec spec = parsed.questions().get(i);
            int line = parsed.lineOf(i);
            String key = spec.key();
            if (key == null || key.isBlank()) {
                while (bankKeys.contains(GENERATED_KEY_PREFIX + next) || fileKeys.contains(GENERATED_KEY_PREFIX + next)) {
                    next++;
                }
                key = GENERATED_KEY_PREFIX + next++;
            } else if (bankKeys.contains(key)) {
                errors.add(ImportProblem.of(line, "questions.import.problem.key-in-bank", key));
            }
            checkLength(key, MAX_KEY, "questions.import.problem.question.key-too-long", key, line, errors);
            checkLength(spec.title(), MAX_TITLE, "questions.import.problem.question.title-too-long", key, line, errors);
            checkLength(spec.category(), MAX_CATEGORY, "questions.import.problem.question.category-too-long", key, line, errors);
            for (String tag : spec.tags()) {
                if (tag.length() > MAX_TAG) {
                    errors.add(ImportProblem.of(line, "questions.import.problem.question.tag-too-long", key, tag,
                            tag.length(), MAX_TAG));
                }
            }
            for (QuestionValidator.Problem problem : QuestionValidator.problems(spec.content())) {
                errors.add(ImportProblem.of(line, "questions.import.problem.question.invalid", key, said(problem)));
            }
            Set<Long> linked = new LinkedHashSet<>();
            for (String claimKey : spec.claimKeys()) {
                Long claimId = claimIds.get(claimKey);
                if (claimId == null) {
                    errors.add(ImportProblem.of(line, "questions.import.problem.question.no-claim", key, claimKey));
                } else {
                    linked.add(claimId);
                }
            }
            if (spec.claimKeys().isEmpty()) {
                warnings.add(ImportProblem.of(line, "questions.import.problem.question.unlinked", key));
            }
            specs.add(new QuestionSpec(key, spec.title(), spec.content(), spec.claimKeys(), spec.category(), spec.tags(),
                    spec.difficulty(), spec.status()));
            links.add(linked);
        }
        if (!errors.isEmpty()) {
            return QuestionImportReport.failed(errors, warnings, false);
        }
        Map<QuestionType, Integer> byType = new EnumMap<>(QuestionType.class);
        specs.forEach(s -> byType.merge(s.type(), 1, Integer::sum));
        if (!dryRun) {
            long me = currentUser.id().value();
            Long author = me > 0 ? me : null; // the system task has no account row
            for (int i = 0; i < specs.size(); i++) {
                store.create(courseId, specs.get(i), links.get(i), author);
            }
        }
        return new QuestionImportReport(!dryRun, specs.size(), new LinkedHashMap<>(byType),
                specs.stream().map(QuestionSpec::key).toList(), warnings.listed(), List.of(), false,
                warnings.more(), 0);
    }

    /**
     * The message for a file over the limit, in English; views use it before the bytes even reach the server.
     *
     * @param bytes the file's size, or a negative number when it is unknown (only the limit was read)
     */
    public static String tooLargeMessage(long bytes) {
        return tooLarge(bytes).message();
    }

    /** The problem of a file over the limit, in words any page can say; {@code bytes} as for {@link #tooLargeMessage}. */
    public static ImportProblem tooLarge(long bytes) {
        int limitMegabytes = MAX_BYTES / (1024 * 1024);
        if (bytes < 0) {
            return ImportProblem.of(0, "questions.import.problem.too-large-unknown", limitMegabytes, MAX_BYTES);
        }
        return ImportProblem.of(0, "questions.import.problem.too-large", bytes, megabytes(bytes), limitMegabytes, MAX_BYTES);
    }

    // Rounded up, so that a file just over the limit never reads as "2.0 MB" next to "up to 2 MB".
    private static java.math.BigDecimal megabytes(long bytes) {
        return new java.math.BigDecimal(bytes).divide(java.math.BigDecimal.valueOf(1024L * 1024L), 1,
                java.math.RoundingMode.UP);
    }

    /**
     * A content problem as the import report words it: in English the validator's phrase ("the question needs a
     * stem"), as the API has always had it; in another language the validator's whole sentence.
     */
    private static InAnyLanguage said(QuestionValidator.Problem problem) {
        return language -> language.getLanguage().equals(Languages.SUPPORTED.getFirst().getLanguage()) ? problem.phrase()
                : Bundles.loaded().say(language, problem.key(), problem.paramArray());
    }

    private static ProblemList problems(ImportProblem problem) {
        ProblemList list = new ProblemList();
        list.add(problem);
        return list;
    }

    private static void checkLength(@Nullable String value, int max, String key, String question, int line, ProblemList errors) {
        if (value != null && value.length() > max) {
            errors.add(ImportProblem.of(line, key, question, value.length(), max));
        }
    }
}
