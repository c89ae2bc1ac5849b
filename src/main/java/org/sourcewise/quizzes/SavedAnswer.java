package org.sourcewise.quizzes;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What became of a save from the quiz page.
 *
 * @param changedElsewhere true when another window or device had saved a different answer since the
 *                         page last saw it: nothing was written, and {@code stored} is that other answer
 * @param stored           the answer the database now holds, with its version
 * @param savedAt          when the stored answer was saved
 * @param deadline         the attempt's deadline now (null when untimed): later than the page's when an
 *                         instructor gave time back, which the page learns with its next save
 */
public record SavedAnswer(boolean changedElsewhere, StudentResponse stored, Instant savedAt, @Nullable Instant deadline) {
}
