package org.sourcewise.questions;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.security.RolesAllowed;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.sourcewise.content.ClaimInfo;
import org.sourcewise.content.CourseService;
import org.sourcewise.questions.internal.QuestionEntity;
import org.sourcewise.questions.internal.QuestionRepository;
import org.sourcewise.questions.internal.QuestionVersionEntity;
import org.sourcewise.questions.internal.QuestionVersionRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The question bank of each course. Listing and exporting the bank (with its answer keys) is for
 * staff. {@link #versions} hands question content with keys to other services for marking and
 * review; those services decide what a student may see, and must not send keys to a browser early.
 */
@Service
@Transactional(readOnly = true)
public class QuestionBankService {

    private final QuestionRepository questions;
    private final QuestionVersionRepository versions;
    private final CourseService courses;
    // versions never change once written; a thousand students save answers to the same few hundred
    private final Cache<Long, QuestionContent> versionCache = Caffeine.newBuilder().maximumSize(20_000).build();

    QuestionBankService(QuestionRepository questions, QuestionVersionRepository versions, CourseService courses) {
        this.questions = questions;
        this.versions = versions;
        this.courses = courses;
    }

    /** Published questions of a course with what draws filter on; no content, no keys. */
    @PreAuthorize("isAuthenticated()")
    public List<BankEntry> publishedEntries(long courseId) {
        return entriesOf(questions.findByCourseIdAndStatus(courseId, QuestionStatus.PUBLISHED));
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<BankEntry> entry(long courseId, String key) {
        return questions.findByCourseIdAndQuestionKey(courseId, key).map(this::entry);
    }

    @PreAuthorize("isAuthenticated()")
    public List<BankEntry> entries(Collection<Long> questionIds) {
        return entriesOf(questions.findAllById(questionIds));
    }

    /** Entries with their current versions fetched in one query, not one per question. */
    private List<BankEntry> entriesOf(List<QuestionEntity> list) {
        Map<Long, QuestionVersionEntity> current = versions.findCurrent(list.stream().map(QuestionEntity::getId).toList()).stream()
                .collect(Collectors.toMap(QuestionVersionEntity::getQuestionId, v -> v));
        // every question has a current version
        return list.stream().map(q -> entry(q, Objects.requireNonNull(current.get(q.getId())))).toList();
    }

    /**
     * Content of the given versions, with keys: for marking and post-submission review only. Versions
     * never change once written, so they are cached: every saved answer needs one. Any signed-in
     * role; checked by role rather than by a Spring expression, which is dearer to evaluate on the
     * hottest call of an exam.
     */
    @RolesAllowed({"STUDENT", "INSTRUCTOR", "ADMIN"})
    public Map<Long, QuestionContent> versions(Collection<Long> versionIds) {
        return versionCache.getAll(versionIds, missing -> {
            Map<Long, QuestionContent> loaded = new java.util.HashMap<>();
            versions.findByIdIn(List.copyOf(missing)).forEach(v -> loaded.put(v.getId(), v.content()));
            return loaded;
        });
    }

    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    public long count(long courseId) {
        return questions.countByCourseId(courseId);
    }

    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    public Map<QuestionType, Long> countByType(long courseId) {
        Map<QuestionType, Long> counts = new EnumMap<>(QuestionType.class);
        for (BankEntry e : questions.findByCourseIdOrderById(courseId).stream().map(this::entry).toList()) {
            counts.merge(e.type(), 1L, Long::sum);
        }
        return counts;
    }

    /** The whole bank of a course as specs, with claim keys: lossless for export. */
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    public List<QuestionSpec> export(long courseId) {
        Map<Long, String> claimKeys = courses.claims(courseId).stream()
                .collect(Collectors.toMap(ClaimInfo::id, ClaimInfo::key));
        List<QuestionEntity> all = questions.findByCourseIdOrderById(courseId);
        return all.stream().map(q -> {
            QuestionVersionEntity current = currentVersion(q);
            return new QuestionSpec(q.getQuestionKey(), q.getTitle(), current.content(),
                    q.getClaimIds().stream().map(claimKeys::get).sorted().toList(), q.getCategory(),
                    q.getTags().stream().sorted().toList(), q.getDifficulty(), q.getStatus());
        }).toList();
    }

    private BankEntry entry(QuestionEntity q) {
        return entry(q, currentVersion(q));
    }

    private BankEntry entry(QuestionEntity q, QuestionVersionEntity current) {
        return new BankEntry(q.getId(), q.getQuestionKey(), q.getCourseId(), current.getType(), q.getCategory(),
                Set.copyOf(q.getTags()), Set.copyOf(q.getClaimIds()), q.getDifficulty(), q.getStatus(), current.getId());
    }

    private QuestionVersionEntity currentVersion(QuestionEntity q) {
        return versions.findByQuestionIdAndVersion(q.getId(), q.getCurrentVersion())
                .orElseThrow(() -> new IllegalStateException("question " + q.getId() + " has no version " + q.getCurrentVersion()));
    }

}
