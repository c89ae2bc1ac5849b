package org.sourcewise.operations;

import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.sourcewise.audit.AuditAction;
import org.sourcewise.audit.AuditLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Consistent online backups while students keep answering: H2's {@code BACKUP TO} copies the database
 * file as of one moment into a zip; on PostgreSQL {@code pg_dump} (on the PATH) writes a dump in its
 * custom format, one snapshot. Files go to {@code sourcewise.backup-dir} (default the data folder's
 * {@code backups}), named by the time, newest first in the list. One backup at a time per node.
 */
@Service
public class BackupService {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    private final DataSource dataSource;
    private final DataSourceProperties dataSourceProperties;
    private final AuditLog audit;
    private final Clock clock;
    private final Path folder;

    BackupService(DataSource dataSource, DataSourceProperties dataSourceProperties, AuditLog audit, Clock clock,
                  @Value("${sourcewise.backup-dir:${sourcewise.data-dir:./data}/backups}") Path folder) {
        this.dataSource = dataSource;
        this.dataSourceProperties = dataSourceProperties;
        this.audit = audit;
        this.clock = clock;
        this.folder = folder;
    }

    /** Makes a backup now and returns it; the audit log records who did. */
    @RolesAllowed("ADMIN")
    public synchronized Backup backUp() {
        try {
            Files.createDirectories(folder);
            String product = product();
            Path file;
            // paths of the app's own making: nothing from a user reaches these statements
            if (product.contains("h2") && inMemory()) {
                // an in-memory database has no file to copy: its SQL script, written from one snapshot
                file = folder.resolve("sourcewise-" + STAMP.format(clock.instant()) + ".sql.zip");
                new JdbcTemplate(dataSource).execute("SCRIPT TO '" + quoted(file) + "' COMPRESSION ZIP");
            } else if (product.contains("h2")) {
                file = folder.resolve("sourcewise-" + STAMP.format(clock.instant()) + ".zip");
                new JdbcTemplate(dataSource).execute("BACKUP TO '" + quoted(file) + "'");
            } else if (product.contains("postgres")) {
                file = folder.resolve("sourcewise-" + STAMP.format(clock.instant()) + ".dump");
                pgDump(file);
            } else {
                throw new BackupException("operations.backup.unsupported-database", null, product);
            }
            Backup made = describe(file);
            audit.record(AuditAction.BACKUP_MADE, "backup:" + made.name(), made.bytes() + " bytes");
            return made;
        } catch (IOException | SQLException | RuntimeException e) {
            if (e instanceof BackupException known) {
                throw known;
            }
            throw new BackupException("operations.backup.failed", e, String.valueOf(e.getMessage()));
        }
    }

    /** The backups in the folder, newest first. */
    @RolesAllowed("ADMIN")
    public List<Backup> backups() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().matches("sourcewise-\\d{8}-\\d{6}-\\d{3}\\.(zip|sql\\.zip|dump)"))
                    .map(BackupService::describe).sorted(Comparator.comparing(Backup::at).reversed()).toList();
        } catch (IOException e) {
            throw new BackupException("operations.backup.folder-unreadable", e, String.valueOf(folder), String.valueOf(e.getMessage()));
        }
    }

    /** Where the backups are written. */
    @RolesAllowed("ADMIN")
    public Path folder() {
        return folder.toAbsolutePath();
    }

    private boolean inMemory() {
        String url = dataSourceProperties.determineUrl();
        return url != null && url.startsWith("jdbc:h2:mem:");
    }

    private static String quoted(Path file) {
        return file.toAbsolutePath().toString().replace("'", "''");
    }

    private String product() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private void pgDump(Path file) throws IOException {
        // jdbc:postgresql://host:port/db -> the libpq URL pg_dump takes; the password through the environment
        String url = dataSourceProperties.determineUrl();
        String libpq = url == null ? "" : url.replaceFirst("^jdbc:", "");
        ProcessBuilder dump = new ProcessBuilder("pg_dump", "--format=custom", "--no-owner", "--file=" + file,
                "--dbname=" + libpq, "--username=" + dataSourceProperties.determineUsername());
        String password = dataSourceProperties.determinePassword();
        if (password != null) {
            dump.environment().put("PGPASSWORD", password);
        }
        dump.redirectErrorStream(true);
        Process process = dump.start();
        try {
            if (!process.waitFor(30, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new BackupException("operations.backup.pg-dump-too-long", null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackupException("operations.backup.interrupted", e);
        }
        if (process.exitValue() != 0) {
            String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
            throw new BackupException("operations.backup.pg-dump-failed", null, String.valueOf(process.exitValue()), output);
        }
    }

    private static Backup describe(Path file) {
        try {
            return new Backup(file.getFileName().toString(), Files.size(file), Files.getLastModifiedTime(file).toInstant());
        } catch (IOException e) {
            throw new BackupException("operations.backup.unreadable", e, String.valueOf(file), String.valueOf(e.getMessage()));
        }
    }
}
