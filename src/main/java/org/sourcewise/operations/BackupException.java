package org.sourcewise.operations;

import org.jspecify.annotations.Nullable;
import org.sourcewise.browser.Worded;

/**
 * A backup that could not be made, with what went wrong in words for the admin: in the page's
 * language on the admin console ({@link Worded}), in English in the log. What the database or
 * pg_dump said is passed on as it came.
 */
public class BackupException extends RuntimeException implements Worded {

    private final String key;
    private final Object[] params;

    BackupException(String key, @Nullable Throwable cause, Object... params) {
        super(Worded.english(key, params), cause);
        this.key = key;
        this.params = params.clone();
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
