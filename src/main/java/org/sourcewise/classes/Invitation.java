package org.sourcewise.classes;

import java.time.Instant;

/**
 * An invitation to a class, as its student sees it on their home page.
 *
 * @param id        the invitation's id, to accept or decline it
 * @param className the class's name
 * @param invitedBy the name of the instructor who invited
 * @param invitedAt when
 */
public record Invitation(long id, String className, String invitedBy, Instant invitedAt) {
}
