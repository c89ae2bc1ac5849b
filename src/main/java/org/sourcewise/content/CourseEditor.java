package org.sourcewise.content;

import org.sourcewise.accounts.UserId;

/** One editor of a course, for the course's page. */
public record CourseEditor(UserId userId, String username, String displayName, boolean creator) {
}
