package org.sourcewise.operations;

/** A backup that could not be made, with what went wrong in words for the admin. */
public class BackupException extends RuntimeException {

    public BackupException(String message, Throwable cause) {
        super(message, cause);
    }

    public BackupException(String message) {
        super(message);
    }
}
