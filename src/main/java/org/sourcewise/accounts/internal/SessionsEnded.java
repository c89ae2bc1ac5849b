package org.sourcewise.accounts.internal;

import java.time.Instant;

/** A user whose sessions were ended, and when. */
public record SessionsEnded(long userId, Instant at) {
}
