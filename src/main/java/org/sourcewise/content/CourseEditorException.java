package org.sourcewise.content;

import java.util.Objects;
import org.sourcewise.browser.Worded;

/** A refused change to a course's editors, with the reason to show in the reader's language. */
public class CourseEditorException extends RuntimeException implements Worded {

    private final String key;
    private final Object[] params;

    /** The refusal that {@code key} of the words files says, with its parameters; its message is the English. */
    public CourseEditorException(String key, Object... params) {
        super(Worded.english(key, params));
        this.key = key;
        this.params = params.clone();
    }

    @Override
    public String getMessage() {
        return Objects.requireNonNull(super.getMessage());
    }

    @Override
    public String wordsKey() {
        return key;
    }

    @Override
    public Object[] wordsParams() {
        return params.clone();
    }
}
