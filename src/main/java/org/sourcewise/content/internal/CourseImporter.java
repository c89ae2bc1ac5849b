package org.sourcewise.content.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sourcewise.accounts.SystemTask;
import org.sourcewise.content.CourseFileException;
import org.sourcewise.content.CourseImportContext;
import org.sourcewise.content.CourseImportPart;
import org.sourcewise.content.CourseImportReport;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports every course folder on the class path at start-up, once: a course already in the database
 * is compared file by file and a changed file is reported, never merged. Each course goes in within
 * one transaction, and a broken file stops the start-up with the file, line and reason.
 */
@Component
@Order(20)
public class CourseImporter implements ApplicationRunner {

    static final List<String> FILES = List.of("course.yaml", "claims.yaml", "lessons.yaml", "questions.yaml", "quizzes.yaml");
    private static final Logger log = LoggerFactory.getLogger(CourseImporter.class);

    private final CourseRepository courses;
    private final CourseFileRepository courseFiles;
    private final ContentFileImporter contentFiles;
    private final List<CourseImportPart> parts;
    private final TransactionTemplate transaction;
    private final CourseImportReport report;
    private final Clock clock;
    private final String location;

    CourseImporter(CourseRepository courses, CourseFileRepository courseFiles, ContentFileImporter contentFiles,
                   List<CourseImportPart> parts, TransactionTemplate transaction, CourseImportReport report, Clock clock,
                   @Value("${sourcewise.courses.location:classpath*:courses/*/course.yaml}") String location) {
        this.courses = courses;
        this.courseFiles = courseFiles;
        this.contentFiles = contentFiles;
        this.parts = parts.stream().sorted(Comparator.comparingInt(CourseImportPart::order)).toList();
        this.transaction = transaction;
        this.report = report;
        this.clock = clock;
        this.location = location;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemTask.run(() -> importAll(location));
    }

    /** Imports the course folders whose course.yaml matches the pattern; returns what happened to each. */
    public List<CourseImportReport.Entry> importAll(String pattern) {
        List<CourseImportReport.Entry> outcomes = new ArrayList<>();
        for (Resource courseYaml : find(pattern)) {
            String slug = folderName(courseYaml);
            CourseImportReport.Entry entry = importFolder(slug, readFiles(slug, courseYaml));
            report.record(entry);
            outcomes.add(entry);
        }
        return outcomes;
    }

    CourseImportReport.Entry importFolder(String slug, Map<String, String> files) {
        Optional<CourseEntity> existing = courses.findBySlug(slug);
        if (existing.isPresent()) {
            List<String> changed = changedFiles(existing.get().getId(), files);
            if (changed.isEmpty()) {
                log.debug("Course '{}' is imported and unchanged", slug);
                return new CourseImportReport.Entry(slug, CourseImportReport.Outcome.UNCHANGED, List.of());
            }
            log.warn("Course '{}' was imported before; these files changed since and were NOT merged: {}. "
                    + "Re-import the course to take them.", slug, changed);
            return new CourseImportReport.Entry(slug, CourseImportReport.Outcome.CHANGED, changed);
        }
        transaction.executeWithoutResult(status -> {
            CourseImportContext context = contentFiles.importContent(slug, files);
            for (CourseImportPart part : parts) {
                part.importFile(context);
            }
            for (var file : files.entrySet()) {
                courseFiles.save(new CourseFileEntity(context.courseId(), file.getKey(), sha256(file.getValue()), clock.instant()));
            }
        });
        log.info("Course '{}' imported", slug);
        return new CourseImportReport.Entry(slug, CourseImportReport.Outcome.IMPORTED, List.of());
    }

    private List<String> changedFiles(Long courseId, Map<String, String> files) {
        Map<String, String> imported = new LinkedHashMap<>();
        courseFiles.findByCourseId(courseId).forEach(f -> imported.put(f.getName(), f.getSha256()));
        return files.entrySet().stream()
                .filter(f -> !sha256(f.getValue()).equals(imported.get(f.getKey())))
                .map(Map.Entry::getKey)
                .toList();
    }

    private static List<Resource> find(String pattern) {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources(pattern);
            List<Resource> sorted = new ArrayList<>(List.of(found));
            sorted.sort(Comparator.comparing(CourseImporter::folderName));
            return sorted;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list course folders at " + pattern, e);
        }
    }

    private static String folderName(Resource courseYaml) {
        try {
            String url = courseYaml.getURL().toString();
            String folder = url.substring(0, url.lastIndexOf('/'));
            return folder.substring(folder.lastIndexOf('/') + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> readFiles(String slug, Resource courseYaml) {
        Map<String, String> files = new LinkedHashMap<>();
        for (String name : FILES) {
            try {
                Resource file = courseYaml.createRelative(name);
                if (!file.exists()) {
                    throw new CourseFileException("courses/" + slug + "/" + name, 0, "", "the file is missing; a course needs "
                            + String.join(", ", FILES));
                }
                try (InputStream in = file.getInputStream()) {
                    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    files.put(name, text.startsWith("\uFEFF") ? text.substring(1) : text);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read courses/" + slug + "/" + name, e);
            }
        }
        return files;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
