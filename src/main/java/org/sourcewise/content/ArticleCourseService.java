package org.sourcewise.content;

import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import org.sourcewise.accounts.AccountPrincipal;
import org.sourcewise.accounts.CurrentUser;
import org.sourcewise.accounts.Role;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.sourcewise.content.drafting.ArticleAnalysis;
import org.sourcewise.content.drafting.ArticleReader;
import org.sourcewise.content.drafting.ClaimProposer;
import org.sourcewise.content.drafting.DraftClaim;
import org.sourcewise.content.drafting.DraftQuestion;
import org.sourcewise.content.drafting.Language;
import org.sourcewise.content.drafting.QuestionDrafter;
import org.sourcewise.content.internal.ClaimEntity;
import org.sourcewise.content.internal.ClaimRepository;
import org.sourcewise.content.internal.CourseEntity;
import org.sourcewise.content.internal.CourseRepository;
import org.sourcewise.content.internal.LessonEntity;
import org.sourcewise.content.internal.LessonRepository;
import org.sourcewise.content.internal.SourceEntity;
import org.sourcewise.content.internal.SourceParagraphEntity;
import org.sourcewise.content.internal.SourceParagraphRepository;
import org.sourcewise.content.internal.SourceRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * From an article to a draft course: {@link #propose} reads the article and ranks its sentences as
 * candidate claims (nothing stored); {@link #createCourse} stores the course, its source with the
 * paragraphs, the claims the instructor accepted, their lessons, and the questions drafted for them,
 * every one DRAFT and linked to its claim. Instructors and admins; courses have no owner, so every
 * instructor may make one.
 */
@Service
public class ArticleCourseService {

    /** The largest article accepted, in bytes of UTF-8, pasted or uploaded. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    static final int MAX_SLUG = 60;
    // column sizes of V1__schema.sql
    private static final int MAX_TITLE = 200;
    private static final int MAX_NAME = 200;
    private static final int MAX_URL = 1000;
    private static final int MAX_TEXT = 32000;
    private static final int MAX_KEY_PHRASE = 300;
    /** Drafts go to the bank in batches, each well under the bank's file size limit. */
    private static final int BATCH = 150;

    private final CourseRepository courses;
    private final SourceRepository sources;
    private final SourceParagraphRepository paragraphs;
    private final ClaimRepository claims;
    private final LessonRepository lessons;
    private final List<DraftQuestionWriter> writers;
    private final Clock clock;
    private final CourseEditors editors;
    private final CurrentUser currentUser;

    ArticleCourseService(CourseRepository courses, SourceRepository sources, SourceParagraphRepository paragraphs,
                         ClaimRepository claims, LessonRepository lessons, List<DraftQuestionWriter> writers, Clock clock,
                         CourseEditors editors, CurrentUser currentUser) {
        this.editors = editors;
        this.currentUser = currentUser;
        this.courses = courses;
        this.sources = sources;
        this.paragraphs = paragraphs;
        this.claims = claims;
        this.lessons = lessons;
        this.writers = List.copyOf(writers);
        this.clock = clock;
    }

    /** The problem of an article over the size limit; views say it before the bytes reach the server. */
    public static ArticleDraftException.Problem tooLarge(long bytes) {
        // rounded as the English has always been written: one decimal, half up
        double megabytes = java.math.BigDecimal.valueOf(bytes / (1024.0 * 1024.0)).setScale(1, java.math.RoundingMode.HALF_UP)
                .doubleValue();
        return new ArticleDraftException.Problem("text", "content.draft.problem.too-large", megabytes, MAX_BYTES / (1024 * 1024));
    }

    /**
     * Reads the article and proposes its sentences as claims, best first. Stores nothing.
     *
     * @throws ArticleDraftException naming the field when the reference or the text is unusable
     */
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    @Transactional(readOnly = true)
    public ArticleAnalysis propose(ArticleInput input) {
        List<ArticleDraftException.Problem> problems = new ArrayList<>();
        List<String> body = checkArticle(input, problems);
        if (!problems.isEmpty()) {
            throw new ArticleDraftException(problems);
        }
        return ClaimProposer.analyse(body, year(input));
    }

    /**
     * Makes the course: a new slug from the title, the source with its paragraphs, the accepted claims
     * (keys c01, c02... in the article's order) in their lessons, and the drafted questions. All or nothing.
     *
     * @param lessonTitles the lessons' titles, lesson 1 first; a lesson no claim picked is left out
     * @throws ArticleDraftException listing every problem, each with its field; nothing is stored
     */
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    @Transactional
    public DraftCourse createCourse(ArticleInput input, List<ClaimChoice> accepted, List<String> lessonTitles) {
        List<ArticleDraftException.Problem> problems = new ArrayList<>();
        List<String> body = checkArticle(input, problems);
        checkClaims(body, accepted, lessonTitles, problems);
        if (!problems.isEmpty()) {
            throw new ArticleDraftException(problems);
        }
        String title = input.title().strip();
        CourseEntity course = courses.save(new CourseEntity(uniqueSlug(title), title, summary(input), clock.instant()));
        AccountPrincipal me = currentUser.require();
        if (me.role() == Role.INSTRUCTOR) {
            editors.recordCreator(course.getId(), me.id()); // admins edit every course anyway
        }
        SourceEntity source = sources.save(new SourceEntity(course.getId(), title, blankToNull(input.author()),
                blankToNull(input.publication()), input.date(), blankToNull(input.url()), body.size()));
        for (int p = 0; p < body.size(); p++) {
            paragraphs.save(new SourceParagraphEntity(source.getId(), p + 1, body.get(p)));
        }

        // claims in the article's order; lessons in their order, keeping only those with claims
        List<ClaimChoice> ordered = new ArrayList<>(accepted);
        ordered.sort(Comparator.comparingInt(ClaimChoice::paragraph));
        Map<Integer, List<Integer>> claimsOfLesson = new java.util.TreeMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            claimsOfLesson.computeIfAbsent(ordered.get(i).lesson(), l -> new ArrayList<>()).add(i);
        }
        Map<Integer, LessonEntity> lessonByNumber = new LinkedHashMap<>();
        int ordinal = 0;
        for (var entry : claimsOfLesson.entrySet()) {
            ordinal++;
            List<Integer> members = entry.getValue();
            int from = members.stream().mapToInt(i -> ordered.get(i).paragraph()).min().orElse(1);
            int to = members.stream().mapToInt(i -> ordered.get(i).paragraph()).max().orElse(1);
            String intro = "Claims from " + (from == to ? "paragraph " + from : "paragraphs " + from + "\u2013" + to)
                    + " of \u201c" + title + "\u201d.";
            lessonByNumber.put(entry.getKey(), lessons.save(new LessonEntity(course.getId(), "l" + ordinal, ordinal,
                    lessonTitles.get(entry.getKey() - 1).strip(), intro, List.of(), List.of())));
        }
        Map<Long, Integer> positions = new java.util.HashMap<>();
        List<DraftClaim> drafts = new ArrayList<>();
        int width = Math.max(2, String.valueOf(ordered.size()).length());
        for (int i = 0; i < ordered.size(); i++) {
            ClaimChoice choice = ordered.get(i);
            String key = "c" + String.format(Locale.ROOT, "%0" + width + "d", i + 1);
            ClaimEntity claim = new ClaimEntity(course.getId(), key, i + 1, choice.statement().strip(), choice.kind(),
                    choice.paragraph(), collapse(choice.keyPhrase()), null);
            LessonEntity lesson = Objects.requireNonNull(lessonByNumber.get(choice.lesson()));
            int position = positions.merge(lesson.getId(), 1, Integer::sum);
            claim.placeIn(lesson.getId(), position);
            claims.save(claim);
            drafts.add(new DraftClaim(key, claim.getStatement(), claim.getKind(), claim.getParagraph(), lesson.getTitle()));
        }

        List<DraftQuestion> questions = new QuestionDrafter(body).draft(drafts);
        int stored = 0;
        for (DraftQuestionWriter writer : writers) {
            for (int from = 0; from < questions.size(); from += BATCH) {
                stored += writer.write(course.getId(), questions.subList(from, Math.min(questions.size(), from + BATCH)));
            }
        }
        return new DraftCourse(course.getId(), course.getSlug(), title, ordered.size(), lessonByNumber.size(), stored);
    }

    private static List<String> checkArticle(ArticleInput input, List<ArticleDraftException.Problem> problems) {
        if (input.title() == null || input.title().isBlank()) {
            problems.add(new ArticleDraftException.Problem("title", "content.draft.problem.title-missing"));
        } else {
            tooLong(input.title(), MAX_TITLE, "title", "content.draft.problem.title-too-long", problems);
        }
        tooLong(input.author(), MAX_NAME, "author", "content.draft.problem.author-too-long", problems);
        tooLong(input.publication(), MAX_NAME, "publication", "content.draft.problem.publication-too-long", problems);
        tooLong(input.url(), MAX_URL, "url", "content.draft.problem.url-too-long", problems);
        if (input.url() != null && !input.url().isBlank() && !input.url().strip().matches("(?i)https?://\\S+")) {
            problems.add(new ArticleDraftException.Problem("url", "content.draft.problem.url-scheme"));
        }
        String text = input.text() == null ? "" : input.text();
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            problems.add(tooLarge(bytes));
            return List.of();
        }
        if (text.isBlank()) {
            problems.add(new ArticleDraftException.Problem("text", "content.draft.problem.text-missing"));
            return List.of();
        }
        List<String> body = ArticleReader.read(text, input.formatOrGuess()).paragraphs();
        if (body.isEmpty()) {
            problems.add(new ArticleDraftException.Problem("text", "content.draft.problem.no-paragraph"));
        }
        Language.notEnglishPercent(body).ifPresent(percent -> problems.add(new ArticleDraftException.Problem("text",
                Language.NOT_ENGLISH, percent)));
        for (int p = 0; p < body.size(); p++) {
            if (body.get(p).length() > MAX_TEXT) {
                problems.add(new ArticleDraftException.Problem("text", "content.draft.problem.paragraph-too-long", p + 1,
                        body.get(p).length(), MAX_TEXT));
            }
        }
        return body;
    }

    private static void checkClaims(List<String> body, List<ClaimChoice> accepted, List<String> lessonTitles,
                                    List<ArticleDraftException.Problem> problems) {
        if (accepted == null || accepted.isEmpty()) {
            problems.add(new ArticleDraftException.Problem("claims", "content.draft.problem.no-claims"));
            return;
        }
        for (int l = 0; l < lessonTitles.size(); l++) {
            String t = lessonTitles.get(l);
            String field = "lesson " + (l + 1);
            if (t == null || t.isBlank()) {
                problems.add(new ArticleDraftException.Problem(field, "content.draft.problem.lesson-untitled", l + 1));
            } else {
                tooLong(t, MAX_TITLE, field, "content.draft.problem.lesson-title-too-long", problems, l + 1);
            }
        }
        for (int i = 0; i < accepted.size(); i++) {
            ClaimChoice c = accepted.get(i);
            String field = "claim " + (i + 1);
            if (c.statement() == null || c.statement().isBlank()) {
                problems.add(new ArticleDraftException.Problem(field, "content.draft.problem.claim-no-statement", i + 1));
            } else {
                tooLong(c.statement(), MAX_TEXT, field, "content.draft.problem.claim-statement-too-long", problems, i + 1);
            }
            if (c.kind() == null) {
                problems.add(new ArticleDraftException.Problem(field, "content.draft.problem.claim-no-kind", i + 1));
            }
            if (c.lesson() < 1 || c.lesson() > lessonTitles.size()) {
                problems.add(new ArticleDraftException.Problem(field, "content.draft.problem.claim-no-lesson", i + 1));
            }
            if (c.paragraph() < 1 || c.paragraph() > body.size()) {
                problems.add(new ArticleDraftException.Problem(field, "content.draft.problem.claim-paragraph-range", i + 1,
                        body.size(), c.paragraph()));
                continue;
            }
            String phrase = collapse(c.keyPhrase());
            int words = ClaimProposer.wordCount(phrase);
            if (words == 0) {
                problems.add(new ArticleDraftException.Problem(field, "content.draft.problem.claim-key-phrase-missing", i + 1,
                        c.paragraph()));
            } else if (words > ClaimProposer.KEY_PHRASE_WORDS || phrase.length() > MAX_KEY_PHRASE) {
                problems.add(new ArticleDraftException.Problem(field, "content.draft.problem.claim-key-phrase-too-long", i + 1,
                        ClaimProposer.KEY_PHRASE_WORDS, words));
            } else if (!body.get(c.paragraph() - 1).contains(phrase)) {
                problems.add(new ArticleDraftException.Problem(field, "content.draft.problem.claim-key-phrase-not-found", i + 1,
                        phrase, c.paragraph()));
            }
        }
    }

    /** A problem when {@code value} is longer than {@code max}: {@code key}'s parameters are {@code before}, the length and the maximum. */
    private static void tooLong(String value, int max, String field, String key, List<ArticleDraftException.Problem> problems,
                                Object... before) {
        if (value != null && value.strip().length() > max) {
            Object[] params = java.util.Arrays.copyOf(before, before.length + 2);
            params[before.length] = value.strip().length();
            params[before.length + 1] = max;
            problems.add(new ArticleDraftException.Problem(field, key, params));
        }
    }

    private static OptionalInt year(ArticleInput input) {
        return input.date() == null ? OptionalInt.empty() : OptionalInt.of(input.date().getYear());
    }

    private String uniqueSlug(String title) {
        String base = slug(title);
        String slug = base;
        for (int n = 2; courses.findBySlug(slug).isPresent(); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    /** Lower-case ASCII words of the title joined by hyphens, cut at a word to {@value #MAX_SLUG} characters. */
    static String slug(String title) {
        return Slugs.of(title, MAX_SLUG, "article");
    }

    private static String summary(ArticleInput input) {
        StringBuilder b = new StringBuilder("Drafted from \u201c" + input.title().strip() + "\u201d");
        if (input.author() != null && !input.author().isBlank()) {
            b.append(" by ").append(input.author().strip());
        }
        List<String> where = new ArrayList<>();
        if (input.publication() != null && !input.publication().isBlank()) {
            where.add(input.publication().strip());
        }
        if (input.date() != null) {
            where.add(input.date().toString());
        }
        if (!where.isEmpty()) {
            b.append(" (").append(String.join(", ", where)).append(')');
        }
        return b.append('.').toString();
    }

    private static String collapse(@Nullable String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
