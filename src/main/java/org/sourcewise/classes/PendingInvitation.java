package org.sourcewise.classes;

import java.time.Instant;

/** A student invited to a class who has not answered yet, as the class's staff see it. */
public record PendingInvitation(String username, String displayName, Instant invitedAt) {
}
