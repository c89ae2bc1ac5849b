package org.sourcewise.questions.formats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sourcewise.questions.QuestionSpec;

/**
 * Reads Sourcewise CSV: RFC 4180 (commas, double-quoted cells that may hold commas, quotes and line
 * breaks), a header row naming the columns, then one question per row. Blank lines are skipped.
 */
final class CsvImporter {

    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    private CsvImporter() {
    }

    static ImportResult read(String text) {
        ImportCollector out = new ImportCollector();
        try (CSVParser parser = CSVParser.parse(SourceLines.withoutBom(text), FORMAT)) {
            readRecords(parser, out);
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a string failed", e);
        }
        return out.finish();
    }

    private static void readRecords(CSVParser parser, ImportCollector out) {
        Iterator<CSVRecord> records = parser.iterator();
        CsvHeader header = null;
        boolean headerSeen = false;
        while (true) {
            // A record starts on the line after the one the previous record ended on.
            int line = (int) parser.getCurrentLineNumber() + 1;
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    break;
                }
                record = records.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                // Commons CSV's own words, in English
                out.error(line, "questions.import.problem.csv.syntax", rootMessage(e));
                return;
            }
            if (record.size() == 1 && record.get(0).isBlank()) {
                continue;
            }
            if (!headerSeen) {
                headerSeen = true;
                header = CsvHeader.read(record, line, out);
                continue;
            }
            if (header == null) {
                return;
            }
            if (record.size() != header.size()) {
                out.error(line, "questions.import.problem.csv.row-size", record.size(), header.size());
                continue;
            }
            CsvHeader columns = header;
            out.guarded(line, () -> {
                QuestionSpec spec = CsvQuestionReader.read(new CsvRow(columns, record, line, out), columns, out);
                if (spec != null) {
                    out.question(line, spec);
                }
            });
        }
        if (!headerSeen) {
            out.error(0, "questions.import.problem.csv.empty");
        } else if (header != null && out.questionCount() == 0 && out.errorCount() == 0) {
            out.warning(0, "questions.import.problem.no-questions");
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        // Commons CSV puts its own "(startline n)" first; the problem carries the line already.
        return String.valueOf(t.getMessage()).replaceFirst("^\\(startline \\d+\\)\\s*", "");
    }
}
