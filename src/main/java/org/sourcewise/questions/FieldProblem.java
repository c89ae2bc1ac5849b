package org.sourcewise.questions;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.sourcewise.browser.Worded;

/**
 * One thing that stops a question from being saved, and the editor field it belongs to, so that a
 * form can show it at that field. The fields are the constants of this class.
 *
 * <p>A page says the problem in its language from the words files ({@link #wordsKey()},
 * {@link #wordsParams()}); {@link #message()} is the English sentence, for logs, the API and tests.
 * Two problems are equal when they have the same field and the same English sentence.
 */
public final class FieldProblem implements Worded {

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

    /** The words of a problem that is already a sentence: shown as it is, in any language. */
    private static final String AS_IS = "questions.problem.as-is";

    private final String field;
    private final String wordsKey;
    private final List<Object> params;
    private final String message;

    private FieldProblem(String field, String wordsKey, List<Object> params) {
        this.field = field;
        this.wordsKey = wordsKey;
        this.params = params;
        this.message = Worded.english(wordsKey, params.toArray());
    }

    /** A problem said by the words of {@code wordsKey} with {@code params}. */
    public static FieldProblem of(String field, String wordsKey, Object... params) {
        return new FieldProblem(field, wordsKey, List.of(params));
    }

    /**
     * A problem that is already a sentence in the reader's language (one a form found in the typing
     * itself), or an English one to compare with.
     */
    public FieldProblem(String field, String message) {
        this(field, AS_IS, List.of(message));
    }

    public String field() {
        return field;
    }

    /** The problem in English. */
    public String message() {
        return message;
    }

    @Override
    public String wordsKey() {
        return wordsKey;
    }

    @Override
    public Object[] wordsParams() {
        return params.toArray();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FieldProblem other && field.equals(other.field) && message.equals(other.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, message);
    }

    @Override
    public String toString() {
        return "FieldProblem[field=" + field + ", message=" + message + ", words=" + wordsKey + Arrays.toString(wordsParams()) + "]";
    }
}
