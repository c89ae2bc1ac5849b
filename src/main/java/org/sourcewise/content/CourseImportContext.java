package org.sourcewise.content;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What one course's import knows so far: the files' text, and the ids of what earlier files created,
 * by key. Parts read their file through {@link #read} so that every schema error names file and line.
 */
public final class CourseImportContext {

    private final String slug;
    private final long courseId;
    private final Map<String, String> files;
    private final Map<String, Long> claimIds;
    private final Map<String, Long> lessonIds;
    private final Map<String, List<String>> lessonClaims;
    private final Set<String> checkQuestionKeys;
    private final Map<String, Long> questionIds = new HashMap<>();
    private final Map<String, Object> shared = new HashMap<>();

    public CourseImportContext(String slug, long courseId, Map<String, String> files, Map<String, Long> claimIds,
                               Map<String, Long> lessonIds, Map<String, List<String>> lessonClaims,
                               Set<String> checkQuestionKeys) {
        this.slug = slug;
        this.courseId = courseId;
        this.files = Map.copyOf(files);
        this.claimIds = Map.copyOf(claimIds);
        this.lessonIds = Map.copyOf(lessonIds);
        this.lessonClaims = Map.copyOf(lessonClaims);
        this.checkQuestionKeys = Set.copyOf(checkQuestionKeys);
    }

    public String slug() {
        return slug;
    }

    public long courseId() {
        return courseId;
    }

    /** Parses a file of the set into {@code type}, turning YAML and mapping errors into file-and-line errors. */
    public <T> T read(String fileName, Class<T> type) {
        return CourseYaml.parse(displayName(fileName), text(fileName), type);
    }

    public String text(String fileName) {
        String text = files.get(fileName);
        if (text == null) {
            throw new CourseFileException(displayName(fileName), 0, "", "the file is missing");
        }
        return text;
    }

    public String displayName(String fileName) {
        return "courses/" + slug + "/" + fileName;
    }

    public Map<String, Long> claimIds() {
        return claimIds;
    }

    public Map<String, Long> lessonIds() {
        return lessonIds;
    }

    /** The claim keys of each lesson, by lesson key, in teaching order. */
    public Map<String, List<String>> lessonClaims() {
        return lessonClaims;
    }

    /** Keys of the questions that lessons use as check-yourself questions. */
    public Set<String> checkQuestionKeys() {
        return checkQuestionKeys;
    }

    /** Question ids by key, filled by the questions part for the parts after it. */
    public Map<String, Long> questionIds() {
        return questionIds;
    }

    /** Free-form hand-over between parts, for what the fixed accessors do not cover. */
    public Map<String, Object> shared() {
        return shared;
    }

    /** An error about a list item, located at the line where its {@code key} is declared. */
    public CourseFileException error(String fileName, String path, @Nullable String itemKey, String reason) {
        return new CourseFileException(displayName(fileName), lineOfKey(fileName, itemKey).orElse(0), path, reason);
    }

    /** The 1-based line declaring {@code key: itemKey} in a file, if any. */
    public Optional<Integer> lineOfKey(String fileName, @Nullable String itemKey) {
        String text = files.get(fileName);
        if (text == null || itemKey == null) {
            return Optional.empty();
        }
        Matcher m = Pattern.compile("(?m)^[\\s-]*key:\\s*[\"']?" + Pattern.quote(itemKey) + "[\"']?\\s*$").matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of((int) text.substring(0, m.start()).lines().count() + 1);
    }
}
