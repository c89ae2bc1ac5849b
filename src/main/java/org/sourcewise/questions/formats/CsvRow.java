package org.sourcewise.questions.formats;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/** One data row, read through the header: cells are trimmed, and a blank cell is null. */
final class CsvRow {

    private final CsvHeader header;
    private final CSVRecord record;
    private final int line;
    private final ImportCollector out;

    CsvRow(CsvHeader header, CSVRecord record, int line, ImportCollector out) {
        this.header = header;
        this.record = record;
        this.line = line;
        this.out = out;
    }

    int line() {
        return line;
    }

    @Nullable String cell(String column) {
        int i = header.index(column);
        return i < 0 ? null : Texts.blankToNull(record.get(i));
    }

    @Nullable String group(String column, int n) {
        return cell(column + "_" + n);
    }

    /** A list cell: items separated by ';' or ',', empty items ignored. */
    List<String> list(String column) {
        String value = cell(column);
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split("[;,]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** An error in this row said by the words of {@code key} with {@code params}, after the column's name when one is given. */
    void error(@Nullable String column, String key, Object... params) {
        error(column, Phrase.of(key, params));
    }

    void error(@Nullable String column, Phrase words) {
        out.error(line, column == null ? words : Phrase.of("questions.import.problem.csv.in-column", column, words));
    }
}
