package org.sourcewise.questions;

/**
 * One thing that stops a question from being saved, and the editor field it belongs to, so that a
 * form can show it at that field. The fields are the constants of this record.
 */
public record FieldProblem(String field, String message) {

    public static final String TYPE = "type";
    public static final String KEY = "key";
    public static final String TITLE = "title";
    public static final String STEM = "stem";
    /** The type's answer editor: options, accepted answers, pairs, items or blanks. */
    public static final String ANSWERS = "answers";
    public static final String EXPLANATION = "explanation";
    public static final String GENERAL_FEEDBACK = "generalFeedback";
    public static final String CLAIMS = "claims";
    public static final String CATEGORY = "category";
    public static final String TAGS = "tags";
    public static final String STATUS = "status";
}
