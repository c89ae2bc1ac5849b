package org.sourcewise.database;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.jspecify.annotations.Nullable;

/**
 * Copies every table of a Sourcewise H2 database into an empty PostgreSQL database, for a school that
 * started on the embedded H2 and moves to PostgreSQL (docs/deployment.md, "Moving from H2 to
 * PostgreSQL"). Run it while the app is stopped:
 * <pre>
 * java -cp sourcewise.jar -Dloader.main=org.sourcewise.database.H2ToPostgresCopy \
 *      org.springframework.boot.loader.launch.PropertiesLauncher \
 *      --from=jdbc:h2:file:./data/sourcewise --to=jdbc:postgresql://localhost:5432/sourcewise --to-user=sourcewise
 * </pre>
 * <ol>
 * <li>The H2 database must be at this release's schema version (start this release on it once), so
 * that both sides have the same tables and columns.</li>
 * <li>Flyway creates the PostgreSQL schema at that same version, from the PostgreSQL migrations.</li>
 * <li>Every table is copied in the order of its foreign keys, in one transaction: a failure leaves no
 * half copy behind, and the command can run again.</li>
 * <li>The identity sequences continue after the highest id copied, so new rows get new ids.</li>
 * <li>Before committing, every table is read back from PostgreSQL and compared with H2, row for row
 * (a digest of all its values); any difference rolls the copy back.</li>
 * </ol>
 */
public final class H2ToPostgresCopy {

    private static final int BATCH = 1_000;
    private static final String HISTORY = "flyway_schema_history";

    /** What was copied: one line per table. */
    public record TableCopy(String table, long rows) {
    }

    private final String fromUrl;
    private final String fromUser;
    private final String fromPassword;
    private final String toUrl;
    private final String toUser;
    private final String toPassword;

    public H2ToPostgresCopy(String fromUrl, String fromUser, String fromPassword, String toUrl, String toUser, String toPassword) {
        if (!fromUrl.startsWith("jdbc:h2:")) {
            throw new IllegalArgumentException("--from must be an H2 database (jdbc:h2:...), not " + fromUrl);
        }
        if (!toUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("--to must be a PostgreSQL database (jdbc:postgresql:...), not " + toUrl);
        }
        this.fromUrl = fromUrl;
        this.fromUser = fromUser;
        this.fromPassword = fromPassword;
        this.toUrl = toUrl;
        this.toUser = toUser;
        this.toPassword = toPassword;
    }

    public static void main(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                System.err.println("Unknown argument " + arg + "; expected --name=value");
                System.exit(2);
            }
            options.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        String from = options.getOrDefault("from", "");
        String to = options.getOrDefault("to", System.getenv().getOrDefault("SOURCEWISE_DB_URL", ""));
        if (from.isBlank() || to.isBlank()) {
            System.err.println("""
                    Copies a stopped Sourcewise H2 database into an empty PostgreSQL database.
                    --from=jdbc:h2:file:./data/sourcewise  --from-user=sa  --from-password=
                    --to=jdbc:postgresql://host:5432/db  --to-user=sourcewise  --to-password=...
                    (--to, --to-user and --to-password default to SOURCEWISE_DB_URL, SOURCEWISE_DB_USERNAME
                    and SOURCEWISE_DB_PASSWORD, as for the postgres profile)""");
            System.exit(2);
        }
        try {
            H2ToPostgresCopy copy = new H2ToPostgresCopy(from, options.getOrDefault("from-user", "sa"),
                    options.getOrDefault("from-password", ""), to,
                    options.getOrDefault("to-user", System.getenv().getOrDefault("SOURCEWISE_DB_USERNAME", "sourcewise")),
                    options.getOrDefault("to-password", System.getenv().getOrDefault("SOURCEWISE_DB_PASSWORD", "")));
            List<TableCopy> copied = copy.run();
            long rows = copied.stream().mapToLong(TableCopy::rows).sum();
            copied.forEach(t -> System.out.printf(Locale.ROOT, "%-24s %,12d rows%n", t.table(), t.rows()));
            System.out.printf(Locale.ROOT, "Copied %d tables, %,d rows; PostgreSQL holds the same rows as H2.%n", copied.size(), rows);
        } catch (Exception e) {
            System.err.println("Nothing was copied: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Copies, compares and commits; throws (and leaves PostgreSQL without rows) on any failure. */
    public List<TableCopy> run() throws SQLException {
        MigrationVersion version = sourceVersion();
        Flyway.configure().dataSource(toUrl, toUser, toPassword)
                .locations("classpath:db/migration", "classpath:db/vendor/postgresql")
                .target(version.getVersion()).load().migrate();
        try (Connection h2 = DriverManager.getConnection(fromUrl, fromUser, fromPassword);
                Connection pg = postgres()) {
            h2.setReadOnly(true);
            pg.setAutoCommit(false);
            try {
                List<TableCopy> copied = new ArrayList<>();
                for (String table : tablesInForeignKeyOrder(pg)) {
                    copied.add(new TableCopy(table, copyTable(h2, pg, table)));
                }
                continueIdentities(pg);
                for (TableCopy table : copied) {
                    String there = digest(pg, table.table());
                    if (!there.equals(digest(h2, table.table()))) {
                        throw new IllegalStateException("table " + table.table() + " differs after the copy");
                    }
                }
                pg.commit();
                return copied;
            } catch (SQLException | RuntimeException e) {
                pg.rollback();
                throw e;
            }
        }
    }

    private MigrationVersion sourceVersion() {
        Flyway h2 = Flyway.configure().dataSource(fromUrl, fromUser, fromPassword)
                .locations("classpath:db/migration", "classpath:db/vendor/h2").load();
        MigrationInfo current = h2.info().current();
        if (current == null || current.getVersion() == null) {
            throw new IllegalStateException("the H2 database has no Sourcewise schema: " + fromUrl);
        }
        if (h2.info().pending().length > 0) {
            throw new IllegalStateException("the H2 database is at schema version " + current.getVersion()
                    + ", older than this release: start this release on it once, stop it, then copy");
        }
        return current.getVersion();
    }

    private Connection postgres() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", toUser);
        properties.setProperty("password", toPassword);
        // one multi-row insert per batch instead of a round trip per row
        properties.setProperty("reWriteBatchedInserts", "true");
        Connection pg = DriverManager.getConnection(toUrl, properties);
        try (Statement st = pg.createStatement(); ResultSet rs = st.executeQuery("select table_name from information_schema.tables "
                + "where table_schema = current_schema() and table_type = 'BASE TABLE' and table_name <> '" + HISTORY + "'")) {
            while (rs.next()) {
                String table = rs.getString(1);
                try (Statement count = pg.createStatement(); ResultSet rows = count.executeQuery("select count(*) from " + table)) {
                    rows.next();
                    if (rows.getLong(1) > 0) {
                        pg.close();
                        throw new IllegalStateException("the PostgreSQL database is not empty: " + table + " has rows");
                    }
                }
            }
        }
        return pg;
    }

    /** Parents before children, so that every foreign key finds its row. */
    private static List<String> tablesInForeignKeyOrder(Connection pg) throws SQLException {
        Set<String> tables = new LinkedHashSet<>();
        try (Statement st = pg.createStatement(); ResultSet rs = st.executeQuery("select table_name from information_schema.tables "
                + "where table_schema = current_schema() and table_type = 'BASE TABLE' and table_name <> '" + HISTORY + "' order by table_name")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        try (Statement st = pg.createStatement(); ResultSet rs = st.executeQuery("select c.conrelid::regclass::text, c.confrelid::regclass::text "
                + "from pg_constraint c where c.contype = 'f' and c.connamespace = current_schema()::regnamespace")) {
            while (rs.next()) {
                if (!rs.getString(1).equals(rs.getString(2))) {
                    parents.computeIfAbsent(rs.getString(1), k -> new LinkedHashSet<>()).add(rs.getString(2));
                }
            }
        }
        List<String> ordered = new ArrayList<>();
        Set<String> left = new LinkedHashSet<>(tables);
        while (!left.isEmpty()) {
            String next = left.stream().filter(t -> ordered.containsAll(parents.getOrDefault(t, Set.of()))).findFirst()
                    .orElseThrow(() -> new IllegalStateException("foreign keys form a cycle among " + left));
            ordered.add(next);
            left.remove(next);
        }
        return ordered;
    }

    private static long copyTable(Connection h2, Connection pg, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        List<Integer> types = new ArrayList<>();
        try (Statement st = pg.createStatement(); ResultSet rs = st.executeQuery("select * from " + table + " where false")) {
            ResultSetMetaData meta = rs.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnName(i));
                types.add(meta.getColumnType(i));
            }
        }
        String names = String.join(", ", columns);
        String marks = String.join(", ", columns.stream().map(c -> "?").toList());
        long rows = 0;
        // unquoted names: H2 folds them to capitals, PostgreSQL to small letters, as each stored them
        try (Statement read = h2.createStatement(); ResultSet rs = read.executeQuery("select " + names + " from " + table);
                PreparedStatement write = pg.prepareStatement("insert into " + table + " (" + names + ") values (" + marks + ")")) {
            read.setFetchSize(BATCH);
            while (rs.next()) {
                for (int i = 0; i < columns.size(); i++) {
                    Object value = rs.getObject(i + 1);
                    if (value == null) {
                        write.setNull(i + 1, types.get(i));
                    } else {
                        write.setObject(i + 1, value);
                    }
                }
                write.addBatch();
                if (++rows % BATCH == 0) {
                    write.executeBatch();
                }
            }
            write.executeBatch();
        } catch (SQLException e) {
            throw new SQLException("copying " + table + ": " + e.getMessage(), e.getSQLState(), e);
        }
        return rows;
    }

    /** Sets each identity column's sequence after the highest id copied (ids were copied as they were). */
    private static void continueIdentities(Connection pg) throws SQLException {
        List<String[]> identities = new ArrayList<>();
        try (Statement st = pg.createStatement(); ResultSet rs = st.executeQuery("select table_name, column_name from information_schema.columns "
                + "where table_schema = current_schema() and is_identity = 'YES'")) {
            while (rs.next()) {
                identities.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        for (String[] identity : identities) {
            try (Statement st = pg.createStatement()) {
                st.execute("select setval(pg_get_serial_sequence('" + identity[0] + "', '" + identity[1] + "'), "
                        + "coalesce(max(" + identity[1] + "), 1), max(" + identity[1] + ") is not null) from " + identity[0]);
            }
        }
    }

    /**
     * A digest of every row of the table, the same whatever order the database returns them in: the
     * sum of one SHA-256 per row over its values written the same way on both databases.
     */
    static String digest(Connection db, String table) throws SQLException {
        long sum = 0;
        long rows = 0;
        try (Statement st = db.createStatement()) {
            st.setFetchSize(BATCH);
            try (ResultSet rs = st.executeQuery("select * from " + table)) {
                ResultSetMetaData meta = rs.getMetaData();
                List<String> columns = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    columns.add(meta.getColumnName(i).toLowerCase(Locale.ROOT));
                }
                List<Integer> order = new ArrayList<>();
                columns.stream().sorted().forEach(c -> order.add(columns.indexOf(c) + 1));
                MessageDigest sha = sha256();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i : order) {
                        row.append(canonical(rs.getObject(i))).append('\u001f');
                    }
                    byte[] hash = sha.digest(row.toString().getBytes(StandardCharsets.UTF_8));
                    long first = 0;
                    for (int b = 0; b < 8; b++) {
                        first = (first << 8) | (hash[b] & 0xff);
                    }
                    sum += first;
                    rows++;
                }
            }
        }
        return rows + ":" + Long.toHexString(sum);
    }

    /** One spelling of a value for both databases: instants in UTC to the microsecond PostgreSQL keeps. */
    static String canonical(@Nullable Object value) {
        return switch (value) {
            case null -> "\u0000";
            case OffsetDateTime t -> micros(t.toInstant());
            case java.sql.Timestamp t -> micros(t.toInstant());
            case Instant t -> micros(t);
            case LocalDateTime t -> micros(t.toInstant(ZoneOffset.UTC));
            case java.sql.Date d -> d.toLocalDate().toString();
            case LocalDate d -> d.toString();
            case Double d -> Double.toString(d);
            case Float f -> Double.toString(f.doubleValue());
            case Number n -> Long.toString(n.longValue());
            default -> value.toString();
        };
    }

    private static String micros(Instant t) {
        // PostgreSQL rounds H2's nanoseconds to microseconds
        long micros = Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), Math.round(t.getNano() / 1000.0));
        return Long.toString(micros);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
