package org.sourcewise.questions;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.sourcewise.accounts.CurrentUser;
import org.sourcewise.content.ClaimInfo;
import org.sourcewise.content.CourseEditors;
import org.sourcewise.content.CourseService;
import org.sourcewise.questions.internal.QuestionEntity;
import org.sourcewise.questions.internal.QuestionRepository;
import org.sourcewise.questions.internal.QuestionStore;
import org.sourcewise.questions.internal.QuestionVersionEntity;
import org.sourcewise.questions.internal.QuestionVersionRepository;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Authoring a course's bank one question at a time: list, load for editing, create, update,
 * duplicate, and change status (publish, archive, restore). Instructors and admins; as for imports,
 * every course's bank is open to every instructor (courses have no owner).
 *
 * <p>Versions: a save whose content (type, stem, options, explanation, general feedback) differs from
 * the current version always writes a new version and makes it current; it never rewrites a version
 * in place, whether or not attempts used it, so an attempt always shows the version it froze.
 * Metadata (title, claims, category, tags, difficulty, status) changes without a new version.
 *
 * <p>Optimistic locking: {@link #update} takes the {@code lockVersion} the editor loaded and refuses
 * with {@link QuestionChangedException} when the question was saved or its status changed since.
 */
@Service
public class QuestionEditingService {

    private final QuestionRepository questions;
    private final QuestionVersionRepository versions;
    private final QuestionStore store;
    private final CourseService courses;
    private final CurrentUser currentUser;
    private final Clock clock;

    private final CourseEditors editors;

    QuestionEditingService(QuestionRepository questions, QuestionVersionRepository versions, QuestionStore store,
                           CourseService courses, CurrentUser currentUser, Clock clock, CourseEditors editors) {
        this.clock = clock;
        this.editors = editors;
        this.questions = questions;
        this.versions = versions;
        this.store = store;
        this.courses = courses;
        this.currentUser = currentUser;
    }

    /** The course's whole bank, every status, with ids and lock versions, in the order questions were added. */
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    @Transactional(readOnly = true)
    public List<EditableQuestion> list(long courseId) {
        requireCourse(courseId);
        Map<Long, String> claimKeys = claimKeys(courseId);
        List<QuestionEntity> all = questions.findByCourseIdOrderById(courseId);
        Map<Long, QuestionVersionEntity> current = versions.findCurrent(all.stream().map(QuestionEntity::getId).toList())
                .stream().collect(Collectors.toMap(QuestionVersionEntity::getQuestionId, v -> v));
        // every question has a current version
        return all.stream().map(q -> editable(q, Objects.requireNonNull(current.get(q.getId())), claimKeys)).toList();
    }

    /** The question with its current version, for the editor. */
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    @Transactional(readOnly = true)
    public EditableQuestion load(long questionId) {
        QuestionEntity q = question(questionId);
        return editable(q, currentVersion(q), claimKeys(q.getCourseId()));
    }

    /**
     * What stops {@code spec} from being saved in the course, each problem at its field; empty when it
     * may be saved. {@code questionId} is the question being edited, or null for a new one.
     */
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    @Transactional(readOnly = true)
    public List<FieldProblem> problems(long courseId, @Nullable Long questionId, QuestionSpec spec) {
        requireCourse(courseId);
        List<FieldProblem> problems = new ArrayList<>(QuestionChecks.check(spec, claimKeys(courseId).values()));
        String key = spec.key();
        if (key != null && !key.isBlank()) {
            questions.findByCourseIdAndQuestionKey(courseId, key.strip())
                    .filter(other -> !other.getId().equals(questionId))
                    .ifPresent(other -> problems.add(FieldProblem.of(FieldProblem.KEY,
                            "questions.problem.key-taken", key.strip())));
        }
        return problems;
    }

    /** A key no question of the course has yet, for a new question: q-1, q-2, ... */
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    @Transactional(readOnly = true)
    public String suggestKey(long courseId) {
        requireCourse(courseId);
        Set<String> taken = keys(courseId);
        int n = taken.size() + 1;
        while (taken.contains("q-" + n)) {
            n++;
        }
        return "q-" + n;
    }

    /** Adds a question to the course's bank as version 1. */
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    @Transactional
    public EditableQuestion create(long courseId, QuestionSpec spec) {
        editors.requireEditor(courseId);
        QuestionSpec clean = clean(spec);
        requireValid(courseId, null, clean);
        long id = store.create(courseId, clean, claimIds(courseId, clean), author());
        return load(id);
    }

    /**
     * Saves the editor's spec over the question: a new version when the content changed (see the class
     * comment). The type cannot change: a different kind of question is a new question.
     *
     * @throws QuestionChangedException when {@code lockVersion} is not the question's current one
     * @throws InvalidQuestionException when the spec has problems
     */
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    @Transactional
    public EditableQuestion update(long questionId, long lockVersion, QuestionSpec spec) {
        QuestionEntity q = question(questionId);
        editors.requireEditor(q.getCourseId());
        if (q.getLockVersion() != lockVersion) {
            throw new QuestionChangedException(questionId);
        }
        QuestionSpec clean = clean(spec);
        if (!q.getQuestionKey().equals(clean.key())) {
            throw new InvalidQuestionException(List.of(FieldProblem.of(FieldProblem.KEY,
                    "questions.problem.key-fixed")));
        }
        QuestionType type = currentVersion(q).getType();
        if (clean.type() != type) {
            throw new InvalidQuestionException(List.of(FieldProblem.of(FieldProblem.TYPE,
                    "questions.problem.type-fixed")));
        }
        requireValid(q.getCourseId(), questionId, clean);
        store.update(q, clean, claimIds(q.getCourseId(), clean), author());
        flush(questionId);
        return load(questionId);
    }

    /** A copy of the question (current version, claims, tags, category, difficulty) as a new DRAFT with a new key. */
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    @Transactional
    public EditableQuestion duplicate(long questionId) {
        EditableQuestion original = load(questionId);
        editors.requireEditor(original.courseId());
        QuestionSpec s = original.spec();
        Set<String> taken = keys(original.courseId());
        String originalKey = Objects.requireNonNull(s.key(), "a stored question has its key");
        String base = originalKey.length() > QuestionChecks.MAX_KEY - 8
                ? originalKey.substring(0, QuestionChecks.MAX_KEY - 8) : originalKey;
        String key = base + "-copy";
        for (int n = 2; taken.contains(key); n++) {
            key = base + "-copy-" + n;
        }
        String title = s.title() == null ? null : truncate(s.title() + " (copy)", QuestionChecks.MAX_TITLE);
        QuestionSpec copy = new QuestionSpec(key, title, s.content(), s.claimKeys(), s.category(), s.tags(), s.difficulty(),
                QuestionStatus.DRAFT);
        long id = store.create(original.courseId(), copy, claimIds(original.courseId(), copy), author());
        return load(id);
    }

    /**
     * Publishes, archives or restores (to draft) the question. Publishing needs a question that could
     * be saved as published; archiving keeps it for the attempts that used it but no quiz draws it.
     *
     * @throws InvalidQuestionException when publishing a question with problems
     */
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    @Transactional
    public EditableQuestion changeStatus(long questionId, QuestionStatus status) {
        QuestionEntity q = question(questionId);
        editors.requireEditor(q.getCourseId());
        if (status == QuestionStatus.PUBLISHED) {
            EditableQuestion now = load(questionId);
            QuestionSpec s = now.spec();
            List<FieldProblem> problems = QuestionChecks.check(new QuestionSpec(s.key(), s.title(), s.content(), s.claimKeys(),
                    s.category(), s.tags(), s.difficulty(), QuestionStatus.PUBLISHED), claimKeys(q.getCourseId()).values());
            if (!problems.isEmpty()) {
                throw new InvalidQuestionException(problems);
            }
        }
        q.changeStatus(status, clock.instant());
        flush(questionId);
        return load(questionId);
    }

    private void flush(long questionId) {
        try {
            questions.flush();
        } catch (OptimisticLockingFailureException raced) {
            throw new QuestionChangedException(questionId);
        }
    }

    private void requireValid(long courseId, @Nullable Long questionId, QuestionSpec spec) {
        List<FieldProblem> problems = problems(courseId, questionId, spec);
        if (!problems.isEmpty()) {
            throw new InvalidQuestionException(problems);
        }
    }

    /** Trims texts and drops empty optional ones, so that "  " is no title and tags have no blanks. */
    // A spec from a form or the API may come without content or stem (Jackson and Vaadin fill records
    // without NullAway's view); clean keeps such gaps as they are for requireValid to report.
    @SuppressWarnings("NullAway")
    private static QuestionSpec clean(QuestionSpec spec) {
        QuestionContent c = spec.content();
        QuestionContent content = c == null ? null : new QuestionContent(c.type(), c.stem() == null ? null : c.stem().strip(),
                c.options(), optional(c.explanation()), optional(c.generalFeedback()));
        List<String> tags = spec.tags().stream().map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
        return new QuestionSpec(spec.key() == null ? null : spec.key().strip(), optional(spec.title()), content,
                spec.claimKeys().stream().distinct().toList(), optional(spec.category()), tags, spec.difficulty(), spec.status());
    }

    private static @Nullable String optional(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private Set<Long> claimIds(long courseId, QuestionSpec spec) {
        Map<String, Long> byKey = courses.claims(courseId).stream().collect(Collectors.toMap(ClaimInfo::key, ClaimInfo::id));
        return spec.claimKeys().stream().map(byKey::get).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private Map<Long, String> claimKeys(long courseId) {
        return courses.claims(courseId).stream().collect(Collectors.toMap(ClaimInfo::id, ClaimInfo::key));
    }

    private Set<String> keys(long courseId) {
        return questions.findByCourseIdOrderById(courseId).stream().map(QuestionEntity::getQuestionKey)
                .collect(Collectors.toSet());
    }

    private @Nullable Long author() {
        long me = currentUser.id().value();
        return me > 0 ? me : null;
    }

    private void requireCourse(long courseId) {
        courses.findCourse(courseId).orElseThrow(() -> new NoSuchElementException("no course " + courseId));
    }

    private QuestionEntity question(long questionId) {
        return questions.findById(questionId).orElseThrow(() -> new NoSuchElementException("no question " + questionId));
    }

    private QuestionVersionEntity currentVersion(QuestionEntity q) {
        return versions.findByQuestionIdAndVersion(q.getId(), q.getCurrentVersion())
                .orElseThrow(() -> new IllegalStateException("question " + q.getId() + " has no version " + q.getCurrentVersion()));
    }

    private static EditableQuestion editable(QuestionEntity q, QuestionVersionEntity current, Map<Long, String> claimKeys) {
        List<String> claims = q.getClaimIds().stream().map(claimKeys::get).filter(k -> k != null).sorted().toList();
        QuestionSpec spec = new QuestionSpec(q.getQuestionKey(), q.getTitle(), current.content(), claims, q.getCategory(),
                q.getTags().stream().sorted().toList(), q.getDifficulty(), q.getStatus());
        return new EditableQuestion(q.getId(), q.getCourseId(), q.getCurrentVersion(), q.getLockVersion(), spec);
    }
}
