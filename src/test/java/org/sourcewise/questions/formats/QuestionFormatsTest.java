package org.sourcewise.questions.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.sourcewise.questions.formats.Specs.draft;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sourcewise.questions.Option;
import org.sourcewise.questions.QuestionSpec;
import org.sourcewise.questions.QuestionType;

/** The facade: every format through bytes, UTF-8 handling, and the shape of results and failures. */
class QuestionFormatsTest {

    private static final QuestionSpec WORLDLY = draft(null, QuestionType.SINGLE_CHOICE,
            "Où est le café ? Где кафе? 카페는 어디에? 😀👍🏽", Option.choice("Ici — здесь — 여기 🎉", 1, null),
            Option.choice("Là-bas — там — 저기", 0, null));

    @ParameterizedTest
    @EnumSource(QuestionFormat.class)
    void accents_cyrillic_hangul_and_emoji_survive_export_to_utf8_bytes_and_import(QuestionFormat format) {
        ExportResult export = QuestionFormats.export(format, List.of(WORLDLY));

        assertThat(export.skipped()).isEmpty();
        assertThat(QuestionFormats.parse(format, export.utf8()).questions()).containsExactly(WORLDLY);
    }

    @Test
    void bytes_with_a_byte_order_mark_are_read_as_utf8() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "Где кафе? {T}".getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, file, 0, bom.length);
        System.arraycopy(body, 0, file, bom.length, body.length);

        assertThat(QuestionFormats.parse(QuestionFormat.GIFT, file).questions())
                .extracting(q -> q.content().stem()).containsExactly("Где кафе?");
    }

    @Test
    void bytes_that_are_not_utf8_are_refused_with_the_line_of_the_first_bad_byte() {
        byte[] latin1 = "Fine {T}\n\nCaf\u00e9 {T}\n".getBytes(StandardCharsets.ISO_8859_1);

        ImportException e = catchThrowableOfType(ImportException.class,
                () -> QuestionFormats.parse(QuestionFormat.GIFT, latin1));

        assertThat(e.errors()).containsExactly(new ImportProblem(3,
                "the file is not UTF-8 (byte 14); save it as UTF-8 and import it again"));
    }

    @Test
    void the_exception_message_lists_the_first_errors_and_counts_the_rest() {
        List<ImportProblem> problems = new ArrayList<>();
        for (int line = 1; line <= 7; line++) {
            problems.add(new ImportProblem(line, "bad " + line));
        }

        assertThat(new ImportException(problems).getMessage()).isEqualTo("7 errors: line 1: bad 1; line 2: bad 2;"
                + " line 3: bad 3; line 4: bad 4; line 5: bad 5; and 2 more");
        assertThat(new ImportProblem(0, "whole file").toString()).isEqualTo("whole file");
        assertThatThrownBy(() -> new ImportException(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void results_are_immutable_copies() {
        List<QuestionSpec> specs = new ArrayList<>(List.of(WORLDLY));
        ImportResult result = new ImportResult(specs, List.of());
        specs.clear();

        assertThat(result.questions()).containsExactly(WORLDLY);
        assertThatThrownBy(() -> result.questions().add(WORLDLY)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void an_empty_bank_exports_to_a_file_that_imports_to_nothing() {
        for (QuestionFormat format : List.of(QuestionFormat.GIFT, QuestionFormat.JSON)) {
            ExportResult export = QuestionFormats.export(format, List.of());
            assertThat(QuestionFormats.parse(format, export.text()).questions()).as(format.name()).isEmpty();
        }
        assertThat(QuestionFormats.export(QuestionFormat.CSV, List.of()).text())
                .isEqualTo("key,type,title,category,tags,claims,difficulty,status,stem,correct,explanation,"
                        + "general_feedback\r\n");
    }

    @Test
    void file_extensions_follow_the_usual_names() {
        assertThat(List.of(QuestionFormat.values())).extracting(QuestionFormat::fileExtension)
                .containsExactly("gift", "txt", "csv", "json", "xml");
    }
}
