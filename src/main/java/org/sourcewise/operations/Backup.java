package org.sourcewise.operations;

import java.time.Instant;

/** One backup file in the backup folder: its name, size and when it was written. */
public record Backup(String name, long bytes, Instant at) {
}
