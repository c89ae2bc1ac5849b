package org.sourcewise.content;

import org.jspecify.annotations.Nullable;

/**
 * One claim with its citation (paragraph and key phrase) and, where the article assumes it, a
 * context note that is ours, not the article's.
 *
 * @param courseSlug the course whose source the citation points into, so that wherever a claim is shown
 *                   its citation can lead to that source's page
 */
public record ClaimInfo(long id, String key, int ordinal, String statement, ClaimKind kind, int paragraph,
                        String keyPhrase, @Nullable String contextNote, @Nullable Long lessonId, @Nullable String lessonKey,
                        String courseSlug) {
}
