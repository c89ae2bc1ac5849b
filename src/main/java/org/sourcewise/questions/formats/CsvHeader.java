package org.sourcewise.questions.formats;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * The CSV header row: which column holds what. Column names are case-insensitive and may come in any
 * order; {@code type} and {@code stem} are required; options come in numbered groups
 * {@code option_N}, {@code weight_N}, {@code feedback_N}.
 */
final class CsvHeader {

    static final List<String> FIXED = List.of("key", "type", "title", "category", "tags", "claims", "difficulty",
            "status", "stem", "correct", "explanation", "general_feedback");
    static final List<String> GROUP = List.of("option", "weight", "feedback");
    private static final Pattern GROUPED = Pattern.compile("(option|weight|feedback)_([1-9]\\d{0,3})");

    private final Map<String, Integer> columns;
    private final TreeSet<Integer> groups;
    private final int size;

    private CsvHeader(Map<String, Integer> columns, TreeSet<Integer> groups, int size) {
        this.columns = columns;
        this.groups = groups;
        this.size = size;
    }

    /** The header, or null after reporting why the row cannot be one. */
    static @Nullable CsvHeader read(CSVRecord record, int line, ImportCollector out) {
        int errorsBefore = out.errorCount();
        Map<String, Integer> columns = new HashMap<>();
        TreeSet<Integer> groups = new TreeSet<>();
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i).strip().toLowerCase(Locale.ROOT);
            Matcher grouped = GROUPED.matcher(name);
            if (grouped.matches()) {
                groups.add(Integer.parseInt(grouped.group(2)));
            } else if (!FIXED.contains(name)) {
                out.error(line, "questions.import.problem.csv.unknown-column", record.get(i), String.join(", ", FIXED));
                continue;
            }
            if (columns.putIfAbsent(name, i) != null) {
                out.error(line, "questions.import.problem.csv.column-twice", name);
            }
        }
        for (String required : List.of("type", "stem")) {
            if (!columns.containsKey(required)) {
                out.error(line, "questions.import.problem.csv.header-lacks", required);
            }
        }
        return out.errorCount() > errorsBefore ? null : new CsvHeader(columns, groups, record.size());
    }

    int size() {
        return size;
    }

    /** The numbers N of the option groups named in the header, ascending. */
    TreeSet<Integer> groups() {
        return groups;
    }

    /** The column index of {@code name}, or -1 when the header lacks it. */
    int index(String name) {
        return columns.getOrDefault(name, -1);
    }
}
