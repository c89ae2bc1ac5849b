package org.sourcewise.content.internal;

import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sourcewise.content.CourseFileException;
import org.sourcewise.content.CourseImportContext;
import org.sourcewise.content.CourseYaml;
import org.sourcewise.content.internal.CourseDocs.ClaimDoc;
import org.sourcewise.content.internal.CourseDocs.ClaimsDoc;
import org.sourcewise.content.internal.CourseDocs.CourseDoc;
import org.sourcewise.content.internal.CourseDocs.LessonDoc;
import org.sourcewise.content.internal.CourseDocs.LessonsDoc;
import org.springframework.lang.Contract;
import org.springframework.stereotype.Component;

/** Checks and stores course.yaml, claims.yaml and lessons.yaml; the caller owns the transaction. */
@Component
class ContentFileImporter {

    static final int MAX_KEY_PHRASE_WORDS = 12;

    private final CourseRepository courses;
    private final SourceRepository sources;
    private final ClaimRepository claims;
    private final LessonRepository lessons;
    private final Clock clock;

    ContentFileImporter(CourseRepository courses, SourceRepository sources, ClaimRepository claims,
                        LessonRepository lessons, Clock clock) {
        this.courses = courses;
        this.sources = sources;
        this.claims = claims;
        this.lessons = lessons;
        this.clock = clock;
    }

    CourseImportContext importContent(String slug, Map<String, String> files) {
        String courseFile = "courses/" + slug + "/course.yaml";
        String courseText = files.get("course.yaml");
        if (courseText == null) {
            throw new CourseFileException(courseFile, 0, "", "the file is missing");
        }
        CourseDoc course = CourseYaml.parse(courseFile, courseText, CourseDoc.class);
        checkCourse(slug, courseFile, course);
        CourseEntity course0 = new CourseEntity(slug, course.title().strip(), course.summary(), clock.instant());
        course0.setLanguage(language(courseFile, courseText, course.language()));
        CourseEntity entity = courses.save(course0);
        var source = course.source();
        sources.save(new SourceEntity(entity.getId(), source.title(), source.author(), source.publication(), source.date(),
                source.url(), source.paragraphs()));

        // The context's helpers give line numbers; make a provisional one for this file set first.
        var locator = new CourseImportContext(slug, entity.getId(), files, Map.of(), Map.of(), Map.of(), Set.of());
        Map<String, ClaimEntity> claimsByKey = importClaims(locator, entity.getId(), source.paragraphs());
        Map<String, Long> lessonIds = new LinkedHashMap<>();
        Map<String, List<String>> lessonClaims = new LinkedHashMap<>();
        Set<String> checks = new HashSet<>();
        importLessons(locator, entity.getId(), claimsByKey, lessonIds, lessonClaims, checks);

        Map<String, Long> claimIds = new HashMap<>();
        claimsByKey.forEach((key, claim) -> claimIds.put(key, claim.getId()));
        return new CourseImportContext(slug, entity.getId(), files, claimIds, lessonIds, lessonClaims, checks);
    }

    /** A language tag, like en, de or pt-BR. */
    private static final java.util.regex.Pattern LANGUAGE_TAG = java.util.regex.Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    /**
     * The course's language as a BCP 47 tag in its usual spelling (pt-br becomes pt-BR); English when
     * course.yaml names none. A value that is no language tag stops the import, naming its line.
     */
    static String language(String file, String text, @org.jspecify.annotations.Nullable String language) {
        if (language == null || language.isBlank()) {
            return "en";
        }
        String tag = language.strip();
        if (!LANGUAGE_TAG.matcher(tag).matches() || java.util.Locale.forLanguageTag(tag).getLanguage().isEmpty()) {
            String[] lines = text.split("\\R", -1);
            int line = 0;
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].startsWith("language:")) {
                    line = i + 1;
                    break;
                }
            }
            throw new CourseFileException(file, line, "language",
                    "'" + tag + "' is not a language tag: write the course's language as en, de, fr or pt-BR (BCP 47)");
        }
        return java.util.Locale.forLanguageTag(tag).toLanguageTag();
    }

    private static void checkCourse(String slug, String file, CourseDoc course) {
        if (!slug.equals(course.slug())) {
            throw new CourseFileException(file, 1, "slug", "the slug '" + course.slug() + "' must equal the folder's name '" + slug + "'");
        }
        if (blank(course.title())) {
            throw new CourseFileException(file, 0, "title", "a course needs a title");
        }
        if (course.source() == null) {
            throw new CourseFileException(file, 0, "source", "a course needs its source reference");
        }
        if (blank(course.source().title())) {
            throw new CourseFileException(file, 0, "source.title", "the source needs a title");
        }
        if (course.source().paragraphs() == null || course.source().paragraphs() < 1) {
            throw new CourseFileException(file, 0, "source.paragraphs", "give the number of body paragraphs (1 or more)");
        }
    }

    private Map<String, ClaimEntity> importClaims(CourseImportContext ctx, Long courseId, int paragraphs) {
        String file = "claims.yaml";
        ClaimsDoc doc = ctx.read(file, ClaimsDoc.class);
        List<ClaimDoc> list = doc.claims() == null ? List.of() : doc.claims();
        Map<String, ClaimEntity> byKey = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            ClaimDoc claim = list.get(i);
            String path = "claims[" + i + "]";
            if (claim == null || blank(claim.key())) {
                throw new CourseFileException(ctx.displayName(file), 0, path + ".key", "every claim needs a key");
            }
            if (byKey.containsKey(claim.key())) {
                throw ctx.error(file, path + ".key", claim.key(), "the key '" + claim.key() + "' is used twice");
            }
            if (claim.kind() == null) {
                throw ctx.error(file, path + ".kind", claim.key(), "a claim needs a kind: REPORTED_FACT, FIGURE, ANALYSIS, PREDICTION or BACKGROUND");
            }
            if (blank(claim.statement())) {
                throw ctx.error(file, path + ".statement", claim.key(), "a claim needs a statement");
            }
            if (claim.paragraph() == null || claim.paragraph() < 1 || claim.paragraph() > paragraphs) {
                throw ctx.error(file, path + ".paragraph", claim.key(),
                        "the paragraph must be between 1 and " + paragraphs + " (source.paragraphs), was " + claim.paragraph());
            }
            if (blank(claim.keyPhrase())) {
                throw ctx.error(file, path + ".keyPhrase", claim.key(), "a claim needs a key phrase from its paragraph");
            }
            int words = claim.keyPhrase().strip().split("\\s+").length;
            if (words > MAX_KEY_PHRASE_WORDS) {
                throw ctx.error(file, path + ".keyPhrase", claim.key(),
                        "a key phrase has at most " + MAX_KEY_PHRASE_WORDS + " words, this one has " + words);
            }
            byKey.put(claim.key(), claims.save(new ClaimEntity(courseId, claim.key(), i + 1, claim.statement().strip(),
                    claim.kind(), claim.paragraph(), claim.keyPhrase().strip(), blank(claim.context()) ? null : claim.context().strip())));
        }
        return byKey;
    }

    private void importLessons(CourseImportContext ctx, Long courseId, Map<String, ClaimEntity> claimsByKey,
                               Map<String, Long> lessonIds, Map<String, List<String>> lessonClaims, Set<String> checks) {
        String file = "lessons.yaml";
        LessonsDoc doc = ctx.read(file, LessonsDoc.class);
        List<LessonDoc> list = doc.lessons() == null ? List.of() : doc.lessons();
        Map<String, String> lessonOfClaim = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            LessonDoc lesson = list.get(i);
            String path = "lessons[" + i + "]";
            if (lesson == null || blank(lesson.key())) {
                throw new CourseFileException(ctx.displayName(file), 0, path + ".key", "every lesson needs a key");
            }
            if (lessonIds.containsKey(lesson.key())) {
                throw ctx.error(file, path + ".key", lesson.key(), "the key '" + lesson.key() + "' is used twice");
            }
            if (blank(lesson.title())) {
                throw ctx.error(file, path + ".title", lesson.key(), "a lesson needs a title");
            }
            if (blank(lesson.introduction())) {
                throw ctx.error(file, path + ".introduction", lesson.key(), "a lesson needs an introduction");
            }
            List<String> claimKeys = lesson.claims() == null ? List.of() : lesson.claims();
            if (claimKeys.isEmpty()) {
                throw ctx.error(file, path + ".claims", lesson.key(), "a lesson needs at least one claim");
            }
            List<LessonEntity.Term> terms = new java.util.ArrayList<>();
            var termDocs = lesson.terms() == null ? List.<CourseDocs.TermDoc>of() : lesson.terms();
            for (int t = 0; t < termDocs.size(); t++) {
                var term = termDocs.get(t);
                if (term == null || blank(term.term()) || blank(term.definition())) {
                    throw ctx.error(file, path + ".terms[" + t + "]", lesson.key(), "a key term needs a term and a definition");
                }
                terms.add(new LessonEntity.Term(term.term().strip(), term.definition().strip()));
            }
            List<String> lessonChecks = lesson.checks() == null ? List.of() : lesson.checks();
            LessonEntity saved = lessons.save(new LessonEntity(courseId, lesson.key(), i + 1, lesson.title().strip(),
                    lesson.introduction().strip(), terms, lessonChecks));
            for (int c = 0; c < claimKeys.size(); c++) {
                String key = claimKeys.get(c);
                ClaimEntity claim = claimsByKey.get(key);
                if (claim == null) {
                    throw ctx.error(file, path + ".claims[" + c + "]", lesson.key(), "the claim '" + key + "' is not in claims.yaml");
                }
                String other = lessonOfClaim.putIfAbsent(key, lesson.key());
                if (other != null) {
                    throw ctx.error(file, path + ".claims[" + c + "]", lesson.key(),
                            "the claim '" + key + "' is already in lesson '" + other + "'; a claim belongs to one lesson");
                }
                claim.placeIn(saved.getId(), c + 1);
            }
            lessonIds.put(lesson.key(), saved.getId());
            lessonClaims.put(lesson.key(), List.copyOf(claimKeys));
            checks.addAll(lessonChecks);
        }
    }

    @Contract("null -> true")
    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }
}
