package org.sourcewise.accounts;

/** The id of a user, so that ids of different records cannot be swapped by mistake. */
public record UserId(long value) {
}
