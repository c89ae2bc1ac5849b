package org.sourcewise.reports.exports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.sourcewise.reports.GradeCell;
import org.sourcewise.reports.Gradebook;
import org.sourcewise.reports.GradebookQuiz;
import org.sourcewise.reports.GradebookRow;

/**
 * A class's gradebook as files. CSV: one record per student and assigned quiz ({@link #CSV_HEADER}).
 * XLSX: a sheet "Gradebook" with a row per student and a grade column per quiz (percent, blank before
 * a fully marked submission), and a sheet "Details" with the CSV's records; times in UTC.
 */
public final class GradebookExport {

    public static final String[] CSV_HEADER = {"studentId", "username", "name", "quizId", "quizKey", "quiz", "dueAt", "grade",
            "attempts", "status", "late", "lastSubmittedAt"};

    public static final String CSV_TYPE = "text/csv";
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final String DATE_FORMAT = "yyyy-mm-dd hh:mm";

    private GradebookExport() {
    }

    /** One student and one assigned quiz, as the CSV, the JSON and the details sheet give it. */
    public record Line(long studentId, String username, String name, long quizId, String quizKey, String quiz, @Nullable Instant dueAt,
                       @Nullable Double grade, int attempts, String status, boolean late, @Nullable Instant lastSubmittedAt) {
    }

    /** Students in the gradebook's order, each with one line per quiz in column order. */
    public static List<Line> lines(Gradebook book) {
        return book.rows().stream().flatMap(row -> book.quizzes().stream().map(quiz -> {
            GradeCell cell = row.cell(quiz.quizId());
            return new Line(row.student().id().value(), row.student().username(), row.student().displayName(), quiz.quizId(),
                    quiz.key(), quiz.title(), quiz.dueAt(), cell.gradePercent(), cell.attemptsUsed(), cell.status().name(),
                    cell.late(), cell.lastSubmittedAt());
        })).toList();
    }

    public static String csv(Gradebook book) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).get())) {
            for (Line r : lines(book)) {
                printer.printRecord(r.studentId(), r.username(), r.name(), r.quizId(), r.quizKey(), r.quiz(),
                        r.dueAt() == null ? "" : r.dueAt().toString(), r.grade() == null ? "" : r.grade(), r.attempts(),
                        r.status(), r.late(), r.lastSubmittedAt() == null ? "" : r.lastSubmittedAt().toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public static byte[] xlsx(Gradebook book) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "Sourcewise", "1.0")) {
            Worksheet grid = workbook.newWorksheet("Gradebook");
            header(grid, 0, "Student", "Username");
            grid.width(0, 28);
            grid.width(1, 18);
            for (int q = 0; q < book.quizzes().size(); q++) {
                GradebookQuiz quiz = book.quizzes().get(q);
                grid.value(0, 2 + q, quiz.title() + " (%)");
                grid.style(0, 2 + q).bold().wrapText(true).set();
                grid.width(2 + q, 16);
            }
            int r = 1;
            for (GradebookRow row : book.rows()) {
                grid.value(r, 0, row.student().displayName());
                grid.value(r, 1, row.student().username());
                for (int q = 0; q < book.quizzes().size(); q++) {
                    Double grade = row.cell(book.quizzes().get(q).quizId()).gradePercent();
                    if (grade != null) {
                        grid.value(r, 2 + q, grade);
                        grid.style(r, 2 + q).format("0.0").set();
                    }
                }
                r++;
            }
            grid.freezePane(2, 1);

            Worksheet details = workbook.newWorksheet("Details");
            header(details, 0, CSV_HEADER);
            r = 1;
            for (Line line : lines(book)) {
                details.value(r, 0, line.studentId());
                details.value(r, 1, line.username());
                details.value(r, 2, line.name());
                details.value(r, 3, line.quizId());
                details.value(r, 4, line.quizKey());
                details.value(r, 5, line.quiz());
                date(details, r, 6, line.dueAt());
                if (line.grade() != null) {
                    details.value(r, 7, line.grade());
                }
                details.value(r, 8, line.attempts());
                details.value(r, 9, line.status());
                details.value(r, 10, line.late());
                date(details, r, 11, line.lastSubmittedAt());
                r++;
            }
            details.freezePane(0, 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void header(Worksheet sheet, int row, String... names) {
        for (int c = 0; c < names.length; c++) {
            sheet.value(row, c, names[c]);
            sheet.style(row, c).bold().set();
        }
    }

    private static void date(Worksheet sheet, int row, int column, @Nullable Instant at) {
        if (at != null) {
            sheet.value(row, column, at.atZone(ZoneOffset.UTC).toLocalDateTime());
            sheet.style(row, column).format(DATE_FORMAT).set();
        }
    }

    /** A file name without characters that trouble file systems: "gradebook-12.xlsx". */
    public static String fileName(long classId, String extension) {
        return "gradebook-" + classId + "." + extension;
    }
}
