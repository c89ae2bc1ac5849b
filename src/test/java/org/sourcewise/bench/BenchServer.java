package org.sourcewise.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sourcewise.PackagedServer;

/**
 * The production jar as a separate process for the benchmarks: started on its own database (an H2
 * file, or PostgreSQL through {@link BenchDatabase}) with a fixed heap, waited for, measured from /proc and stopped. Shared by {@link LoadBenchmark}
 * and {@link ScaleBenchmark} so both measure the same server the same way.
 */
final class BenchServer {

    private BenchServer() {
    }

    static Path findJar() throws IOException {
        return PackagedServer.jar();
    }

    static int freePort() throws IOException {
        return PackagedServer.freePort();
    }

    /** The JDBC URL of the database of a run folder, for the offline steps (generating data, checking it). */
    static String jdbcUrl(Path dir) {
        return PackagedServer.jdbcUrl(dir);
    }

    /**
     * @param cacheKb H2's page cache in KB, or 0 for H2's default (as in production); the load benchmark
     *                keeps it small so that heap per session measures sessions
     */
    static Process start(Path jar, Path dir, int port, String heap, boolean jfr, int cacheKb) throws IOException {
        return start(jar, dir, port, heap, jfr, cacheKb, List.of());
    }

    /** @param extraArgs more of the app's own arguments ({@code --name=value}), after the benchmark's */
    static Process start(Path jar, Path dir, int port, String heap, boolean jfr, int cacheKb, List<String> extraArgs) throws IOException {
        return start(jar, dir, port, heap, jfr, BenchDatabase.h2(dir), cacheKb, extraArgs);
    }

    /**
     * @param database where the server keeps its data: its arguments and environment come from it
     * @param cacheKb  H2's page cache in KB (0: H2's default); ignored on PostgreSQL
     */
    static Process start(Path jar, Path dir, int port, String heap, boolean jfr, BenchDatabase database, int cacheKb, List<String> extraArgs)
            throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // the GC log shows each full GC's heap before and after: a third witness for the heap figures
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap, "-Xlog:gc:file=" + dir.resolve("gc.log")));
        if (jfr) {
            // the default 64 frames lose a request's root under Tomcat, Spring Security and Hibernate
            command.add("-XX:FlightRecorderOptions:stackdepth=1024");
            command.add("-XX:StartFlightRecording=filename=" + dir.resolve("server-" + System.currentTimeMillis() + ".jfr") + ",settings=profile");
        }
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port, "--sourcewise.demo=true",
                "--logging.level.root=warn", "--logging.level.org.sourcewise=info"));
        command.addAll(database.appArgs(dir, cacheKb));
        command.addAll(extraArgs);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(database.appEnvironment());
        return builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("server.log").toFile())).start();
    }

    static void stop(Process process) throws InterruptedException {
        PackagedServer.stop(process);
    }

    static void waitUntilUp(String base) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        // a first start on a large database runs its migrations (an index over a million rows) first
        int seconds = Integer.getInteger("bench.startSeconds", 600);
        for (int i = 0; i < seconds * 2; i++) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("UP")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("server did not come up within " + seconds + " s (bench.startSeconds)");
    }

    /** User plus system CPU of a process, from /proc (clock ticks of 1/100 s). */
    static double cpuSeconds(long pid) throws IOException {
        return ProcCpu.ownTicks(Files.readString(Path.of("/proc", String.valueOf(pid), "stat"))) / 100.0;
    }

    static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }

    static String commit() {
        try {
            Process p = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").start();
            return new String(p.getInputStream().readAllBytes()).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    static String machine() {
        return Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("os.name") + " " + System.getProperty("os.arch")
                + ", Java " + Runtime.version();
    }

    static void log(String format, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = Instant.now().atZone(java.time.ZoneOffset.UTC);
        System.arraycopy(args, 0, all, 1, args.length);
        System.out.printf(Locale.ROOT, "[bench %tT] " + format + "%n", all);
    }
}
