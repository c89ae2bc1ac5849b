package org.sourcewise.questions.formats;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.sourcewise.questions.QuestionSpec;

/**
 * Reads and writes questions in the {@link QuestionFormat}s. Imports are all or nothing: either every
 * question comes back, with warnings, or an {@link ImportException} lists every error with its line.
 * Exports write every question the format can carry exactly and list the rest as skipped.
 */
public final class QuestionFormats {

    private QuestionFormats() {
    }

    /**
     * Reads {@code text} (a leading byte order mark and any line endings are fine).
     *
     * @throws ImportException listing every error when anything in the text is wrong
     */
    public static ImportResult parse(QuestionFormat format, String text) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(text, "text");
        try {
            return switch (format) {
                case GIFT -> GiftImporter.read(text);
                case AIKEN -> AikenImporter.read(text);
                case CSV -> CsvImporter.read(text);
                case JSON -> JsonImporter.read(text);
                case MOODLEXML -> MoodleXmlImporter.read(text);
            };
        } catch (ImportException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // Importers guard each question; this is for a fault outside any, which has no better line.
            ImportCollector out = new ImportCollector();
            out.unexpected(0, e);
            return out.finish();
        }
    }

    /**
     * Reads a file's bytes, which must be UTF-8.
     *
     * @throws ImportException naming the line of the first byte that is not UTF-8, or every error in the text
     */
    public static ImportResult parse(QuestionFormat format, byte[] utf8) {
        Objects.requireNonNull(utf8, "utf8");
        return parse(format, decode(utf8));
    }

    /** Writes {@code questions}; those the format cannot carry exactly are left out and listed. */
    public static ExportResult export(QuestionFormat format, List<QuestionSpec> questions) {
        Objects.requireNonNull(format, "format");
        List<QuestionSpec> specs = List.copyOf(questions);
        return switch (format) {
            case GIFT -> GiftExporter.write(specs);
            case AIKEN -> AikenExporter.write(specs);
            case CSV -> CsvExporter.write(specs);
            case JSON -> JsonExporter.write(specs);
            case MOODLEXML -> MoodleXmlExporter.write(specs);
        };
    }

    private static String decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            CharBuffer chars = decoder.decode(in);
            return chars.toString();
        } catch (CharacterCodingException e) {
            // The decoder stops at the offending byte: count the lines before it.
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new ImportException(List.of(ImportProblem.of(line, "questions.import.problem.not-utf8",
                    String.valueOf(in.position() + 1))));
        }
    }
}
