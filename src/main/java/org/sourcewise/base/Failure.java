package org.sourcewise.base;

import jakarta.persistence.PersistenceException;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.NonTransientDataAccessResourceException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;

/**
 * What went wrong with a request that no view or controller handled, said once for the browser and
 * the REST API alike: a kind that decides the answer's status, a sentence for the person, and a
 * short reference that is also in the server's log, so that a report of it can be found.
 *
 * @param kind      what sort of failure it was
 * @param message   what did not happen, without internals
 * @param advice    what to do about it, or null when there is nothing to do
 * @param reference eight hex digits logged with the exception, or null when nothing is logged
 */
public record Failure(Kind kind, String message, @Nullable String advice, @Nullable String reference) {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Sorts of failure, each with the HTTP status the REST API answers with. */
    public enum Kind {
        /** The caller may not do this. */
        FORBIDDEN(403),
        /** The record is not there (or not the caller's to know of). */
        NOT_FOUND(404),
        /** Someone else changed the record first. */
        CONFLICT(409),
        /** The database could not be reached or refused for a passing reason: trying again may work. */
        STORAGE_UNAVAILABLE(503),
        /** The database refused the write. */
        STORAGE_REFUSED(500),
        /** Anything else: a fault of ours. */
        UNEXPECTED(500);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }

        /** Whether the server's log should hold the exception: a fault of ours or of the database. */
        public boolean logged() {
            return status >= 500;
        }
    }

    /** Sorts {@code thrown} (or the cause that says most) and words it for the person who met it. */
    public static Failure of(Throwable thrown) {
        Kind kind = kindOf(thrown);
        String reference = kind.logged() ? HexFormat.of().toHexDigits(RANDOM.nextInt()) : null;
        String message = switch (kind) {
            case FORBIDDEN -> "You are not allowed to do this. If you think you should be, ask your instructor or administrator.";
            case NOT_FOUND -> "This is no longer there: it may have been removed.";
            case CONFLICT -> "Someone else changed this at the same time, so your change was not saved.";
            case STORAGE_UNAVAILABLE -> "Saving failed: the database is not answering just now, so nothing was saved.";
            case STORAGE_REFUSED -> "Saving failed: the database refused the change, so nothing was saved.";
            case UNEXPECTED -> "Something went wrong on the server, so this was not done.";
        };
        String advice = switch (kind) {
            case FORBIDDEN -> null;
            case NOT_FOUND, CONFLICT -> "Reload to see what there is now, then try again.";
            case STORAGE_UNAVAILABLE -> "Try again in a moment (reference " + reference + ").";
            case STORAGE_REFUSED, UNEXPECTED -> "Try again; if it fails again, tell your administrator the reference " + reference + ".";
        };
        return new Failure(kind, message, advice, reference);
    }

    /** The whole sentence for a page, which keeps what the person entered when a request fails. */
    public String forPage() {
        if (advice == null) {
            return message;
        }
        return message + (kind == Kind.NOT_FOUND ? " " : " Anything you entered is still on the page. ") + advice;
    }

    /** The whole sentence for an API client. */
    public String forApi() {
        return advice == null ? message : message + " " + advice;
    }

    private static Kind kindOf(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AccessDeniedException) {
                return Kind.FORBIDDEN;
            }
            if (t instanceof NoSuchElementException) {
                return Kind.NOT_FOUND;
            }
            if (t instanceof OptimisticLockingFailureException) {
                return Kind.CONFLICT;
            }
            if (t instanceof TransientDataAccessException || t instanceof CannotCreateTransactionException
                    || t instanceof NonTransientDataAccessResourceException) {
                return Kind.STORAGE_UNAVAILABLE;
            }
            if (t instanceof DataAccessException || t instanceof TransactionException
                    || t instanceof PersistenceException || t instanceof SQLException) {
                return Kind.STORAGE_REFUSED;
            }
        }
        return Kind.UNEXPECTED;
    }
}
