package org.sourcewise.reports.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.sourcewise.accounts.Role;
import org.sourcewise.accounts.UserId;
import org.sourcewise.accounts.UserSummary;
import org.sourcewise.classes.ClassInfo;
import org.sourcewise.quizzes.scoring.GradingMethod;
import org.sourcewise.reports.GradeCell;
import org.sourcewise.quizzes.rules.GradeStatus;
import org.sourcewise.quizzes.rules.QuizRules;
import org.sourcewise.reports.Gradebook;
import org.sourcewise.reports.GradebookQuiz;
import org.sourcewise.reports.GradebookRow;

class GradebookExportTest {

    static final Instant DUE = Instant.parse("2026-03-01T17:00:00Z");
    static final Instant SUBMITTED = Instant.parse("2026-03-02T09:30:00Z");

    /** Two students by two quizzes: Ana has 72.5% on quiz 1 (late) and nothing on quiz 2; Ben is taking quiz 2. */
    static Gradebook book() {
        GradebookQuiz q1 = new GradebookQuiz(11, "checkpoint-1", "Checkpoint 1", DUE, new QuizRules(GradingMethod.HIGHEST, 50, 0, null, null, null));
        GradebookQuiz q2 = new GradebookQuiz(12, "final", "Final, with \"quotes\"", null, new QuizRules(GradingMethod.LAST, 50, 0, null, null, null));
        UserSummary ana = new UserSummary(new UserId(1), "ana", "Ana Álvarez", Role.STUDENT);
        UserSummary ben = new UserSummary(new UserId(2), "ben", "Ben 박", Role.STUDENT);
        return new Gradebook(new ClassInfo(5, "Class 5", 1L, "ABCD-1234", 2), List.of(q1, q2), List.of(
                new GradebookRow(ana, List.of(new GradeCell(11, 72.5, 2, GradeStatus.SUBMITTED, true, SUBMITTED),
                        new GradeCell(12, null, 0, GradeStatus.NOT_STARTED, false, null))),
                new GradebookRow(ben, List.of(new GradeCell(11, null, 0, GradeStatus.NOT_STARTED, false, null),
                        new GradeCell(12, null, 1, GradeStatus.IN_PROGRESS, false, null)))));
    }

    @Test
    void the_xlsx_opens_and_holds_a_row_per_student_with_a_grade_column_per_quiz() throws Exception {
        byte[] xlsx = GradebookExport.xlsx(book());

        assertThat(ReadableWorkbook.isOOXMLZipHeader(xlsx)).isTrue();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheets().map(Sheet::getName)).containsExactly("Gradebook", "Details");
            List<Row> rows = workbook.findSheet("Gradebook").orElseThrow().read();
            assertThat(rows).hasSize(3);
            assertThat(rows.get(0).getCellText(0)).isEqualTo("Student");
            assertThat(rows.get(0).getCellText(2)).isEqualTo("Checkpoint 1 (%)");
            assertThat(rows.get(0).getCellText(3)).isEqualTo("Final, with \"quotes\" (%)");
            assertThat(rows.get(1).getCellText(0)).isEqualTo("Ana Álvarez");
            assertThat(rows.get(1).getCellAsNumber(2)).contains(new BigDecimal("72.5"));
            assertThat(rows.get(1).getCellText(3)).isEmpty();
            assertThat(rows.get(2).getCellText(0)).isEqualTo("Ben 박");
            assertThat(rows.get(2).getCellText(2)).isEmpty();
        }
    }

    @Test
    void the_xlsx_details_sheet_has_the_csv_columns_and_one_row_per_student_and_quiz() throws Exception {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(GradebookExport.xlsx(book())))) {
            List<Row> rows = workbook.findSheet("Details").orElseThrow().read();
            assertThat(rows).hasSize(5);
            assertThat(rows.get(0).stream().map(c -> c.getText()).toList()).containsExactly(GradebookExport.CSV_HEADER);
            Row anaQuiz1 = rows.get(1);
            assertThat(anaQuiz1.getCellText(1)).isEqualTo("ana");
            assertThat(anaQuiz1.getCellText(4)).isEqualTo("checkpoint-1");
            assertThat(anaQuiz1.getCellAsDate(6)).contains(LocalDateTime.of(2026, 3, 1, 17, 0));
            assertThat(anaQuiz1.getCellAsNumber(7)).contains(new BigDecimal("72.5"));
            assertThat(anaQuiz1.getCellAsNumber(8)).contains(new BigDecimal("2"));
            assertThat(anaQuiz1.getCellText(9)).isEqualTo("SUBMITTED");
            assertThat(anaQuiz1.getCellAsBoolean(10)).contains(true);
            assertThat(anaQuiz1.getCellAsDate(11)).contains(LocalDateTime.of(2026, 3, 2, 9, 30));
            Row benQuiz2 = rows.get(4);
            assertThat(benQuiz2.getCellText(1)).isEqualTo("ben");
            assertThat(benQuiz2.getCellText(9)).isEqualTo("IN_PROGRESS");
            assertThat(benQuiz2.getCellText(7)).isEmpty();
        }
    }

    @Test
    void the_csv_has_the_same_rows_with_quotes_and_unicode_intact() throws Exception {
        String csv = GradebookExport.csv(book());

        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(records).hasSize(4);
        assertThat(records.get(0).get("grade")).isEqualTo("72.5");
        assertThat(records.get(0).get("dueAt")).isEqualTo("2026-03-01T17:00:00Z");
        assertThat(records.get(1).get("quiz")).isEqualTo("Final, with \"quotes\"");
        assertThat(records.get(3).get("name")).isEqualTo("Ben 박");
        assertThat(records.get(3).get("grade")).isEmpty();
    }

    @Test
    void an_empty_class_still_gives_a_workbook_with_headers() throws Exception {
        Gradebook empty = new Gradebook(new ClassInfo(6, "Empty", null, null, 0), List.of(), List.of());
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(GradebookExport.xlsx(empty)))) {
            assertThat(workbook.getFirstSheet().read()).hasSize(1);
        }
    }
}
