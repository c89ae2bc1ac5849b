package org.sourcewise.questions.formats;

/** The interchange formats Sourcewise reads and writes; docs/formats.md describes each. */
public enum QuestionFormat {
    /** Moodle's GIFT, with Sourcewise comment lines for metadata GIFT lacks. */
    GIFT("gift"),
    /** Moodle's Aiken: single-choice questions only. */
    AIKEN("txt"),
    /** One question per row, for spreadsheets. */
    CSV("csv"),
    /** Sourcewise's own lossless format. */
    JSON("json"),
    /** Moodle's own lossless format: every type both systems share. */
    MOODLEXML("xml");

    private final String fileExtension;

    QuestionFormat(String fileExtension) {
        this.fileExtension = fileExtension;
    }

    /** The usual file name extension, without the dot. */
    public String fileExtension() {
        return fileExtension;
    }
}
