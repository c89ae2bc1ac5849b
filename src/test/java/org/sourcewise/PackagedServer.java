package org.sourcewise;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The production jar (target/sourcewise-*.jar, built by the package phase before Failsafe and the
 * benchmarks run) as a separate process, by default on its own H2 file database: what a school runs, so
 * that a test can kill it as an operating system would and start it again on the same data.
 */
public final class PackagedServer {

    private PackagedServer() {
    }

    public static Path jar() throws IOException {
        try (var files = Files.list(Path.of("target"))) {
            return files.filter(f -> f.getFileName().toString().matches("sourcewise-.*\\.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no target/sourcewise-*.jar: run through Maven's verify"));
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The JDBC URL of the database kept in a run folder. */
    public static String jdbcUrl(Path dir) {
        return "jdbc:h2:file:" + dir.resolve("data/sourcewise");
    }

    /**
     * Starts the jar in demo mode on the database in {@code dir}, its output appended to dir/server.log.
     *
     * @param javaOptions options for the JVM ({@code -Xmx512m}), before {@code -jar}
     * @param appArgs     more of the app's own arguments ({@code --name=value})
     */
    public static Process start(Path dir, int port, List<String> javaOptions, List<String> appArgs) throws IOException {
        return start(dir, port, javaOptions, appArgs, Map.of());
    }

    /**
     * As {@link #start(Path, int, List, List)}, with more environment variables for the app: a node on
     * PostgreSQL ({@code SPRING_PROFILES_ACTIVE=postgres}, {@code SOURCEWISE_DB_URL}...) behind a balancer
     * ({@code SOURCEWISE_NODE_ROUTE}).
     */
    public static Process start(Path dir, int port, List<String> javaOptions, List<String> appArgs,
                                Map<String, String> environment) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(javaOptions);
        // the data folder as a school sets it, so the database URL and its settings are the app's own
        command.addAll(List.of("-jar", jar().toString(), "--server.port=" + port, "--sourcewise.demo=true",
                "--logging.level.root=warn", "--logging.level.org.sourcewise=info"));
        command.addAll(appArgs);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("SOURCEWISE_DATA_DIR", dir.resolve("data").toString());
        builder.environment().putAll(environment);
        return builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("server.log").toFile())).start();
    }

    /** Waits until the server reports itself healthy, failing if the process dies or time runs out. */
    public static void waitUntilUp(Process process, String base, Duration atMost) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long end = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited with " + process.exitValue() + " before it was up (see server.log)");
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("UP")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("server did not come up within " + atMost.toSeconds() + " s");
    }

    /** Stops the server as an administrator would: a polite request first, then force. */
    public static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
