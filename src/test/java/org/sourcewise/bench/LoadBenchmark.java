package org.sourcewise.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Exam morning on one machine: starts the production jar on a fresh database with a fixed heap, enrols
 * N students in the demo class, and drives N virtual students through the real HTTP stack (log in, open
 * the final, start, answer 20 questions with think time, submit). Reports latency per step, errors,
 * server CPU, heap per session, the generator's CPU, and checks the database afterwards.
 *
 * <p>Run with {@code ./mvnw -Pbench verify -Dbench.students=1000}; see docs/performance.md.
 *
 * <p>With {@code -Dbench.soakMinutes=M} it soaks instead: every virtual student takes the quiz again
 * and again (a new login each time, the old session left to expire like a closed tab) for M minutes,
 * an instructor imports a question through the REST API every window, and the report shows what
 * happened in each window of {@code bench.soakWindowMinutes}: so that whatever breaks only after a
 * pool, session or cache lifetime shows up as errors at the minute it starts.
 */
public final class LoadBenchmark {

    static final String PASSWORD = "bench-password";
    static final String[] STEPS = {"login", "open quiz", "start attempt", "save answer", "next question", "submit"};

    private final int students = Integer.getInteger("bench.students", 100);
    private final int rampSeconds = Integer.getInteger("bench.rampSeconds", 120);
    private final int thinkMin = Integer.getInteger("bench.thinkMinSeconds", 5);
    private final int thinkMax = Integer.getInteger("bench.thinkMaxSeconds", 15);
    private final String heap = System.getProperty("bench.heap", "1g");
    private final int soakMinutes = Integer.getInteger("bench.soakMinutes", 0);
    private final int windowMinutes = Math.max(1, Integer.getInteger("bench.soakWindowMinutes", 5));
    private final List<String> serverArgs = List.of(System.getProperty("bench.serverArgs", "").trim().split("\\s+"))
            .stream().filter(a -> !a.isEmpty()).toList();
    private final String databaseKind = System.getProperty("bench.db", "h2").trim().toLowerCase(Locale.ROOT);
    private final String baseUrl = System.getProperty("bench.baseUrl", "").trim();
    private final boolean canaryOn = !"false".equalsIgnoreCase(System.getProperty("bench.canary", "true").trim());
    private BenchDatabase database;
    /** Usernames of this run's students start with it; a run against a deployment adds a tag of its own. */
    private String prefix = "bench";
    private boolean registerFirst;
    /**
     * Each student at an address of its own (X-Forwarded-For, trusted from localhost by a server started
     * with forward headers on), instead of all at the generator's one: the server's failed-login lanes
     * check one login at a time per address and refuse a login that waited 10 s, so a thousand students
     * from one address measure that lane rather than the server.
     */
    private final boolean ownAddresses = Boolean.getBoolean("bench.ownAddresses");
    private Soak soak;
    private final Map<String, ConcurrentLinkedQueue<Long>> latencies = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
    private final AtomicInteger answersSaved = new AtomicInteger();
    private final AtomicInteger submitted = new AtomicInteger();
    private final AtomicInteger inQuiz = new AtomicInteger();
    private String canaryResult = "not run";
    private long steadyStartNanos;
    private long steadyEndNanos;
    private double steadyCpu;
    private double steadyDbCpu;
    private double settleSeconds;
    private double settleCpu;
    private int steadyAnswers;

    public static void main(String[] args) throws Exception {
        new LoadBenchmark().run();
    }

    private void run() throws Exception {
        if (!baseUrl.isEmpty()) {
            runAgainstDeployment();
            return;
        }
        Path jar = BenchServer.findJar();
        Path dir = Path.of("target", "bench", (soakMinutes > 0 ? "soak-" : "run-") + students + "-" + System.currentTimeMillis()).toAbsolutePath();
        Files.createDirectories(dir);
        int port = Integer.getInteger("bench.port", 0) > 0 ? Integer.getInteger("bench.port") : BenchServer.freePort();
        String base = "http://localhost:" + port;
        try (BenchDatabase db = switch (databaseKind) {
            case "h2" -> BenchDatabase.h2(dir);
            case "postgres", "postgresql" -> BenchDatabase.embeddedPostgres(dir, Integer.getInteger("bench.pgPort", 5450));
            default -> throw new IllegalArgumentException("bench.db=" + databaseKind + ": use h2 or postgres");
        }) {
            database = db;
            BenchServer.log("Benchmark: %d students, ramp %d s, think %d-%d s, -Xmx%s, jar %s, database %s%s", students, rampSeconds, thinkMin, thinkMax,
                    heap, jar.getFileName(), db.description(), soakMinutes > 0 ? ", soak " + soakMinutes + " min, server args " + serverArgs : "");
            if (soakMinutes > 0) {
                soak(jar, dir, port, base);
                return;
            }
            // 1. first start migrates the schema and seeds the demo course and class; then enrol N students offline
            Process first = BenchServer.start(jar, dir, port, heap, Boolean.getBoolean("bench.jfr"), db, 8192, List.of());
            BenchServer.waitUntilUp(base);
            BenchServer.stop(first);
            long quizId = enrolStudents();

            // 2. the measured run; the database's statement counts start once the server is up (not its schema validation)
            List<String> args = new ArrayList<>(serverArgs);
            if (ownAddresses) {
                args.add("--server.forward-headers-strategy=native");
            }
            Process server = BenchServer.start(jar, dir, port, heap, Boolean.getBoolean("bench.jfr"), db, 8192, args);
            BenchServer.waitUntilUp(base);
            db.resetStatementStatistics();
            drive(base, quizId, server.pid(), dir);
            BenchServer.stop(server);
            verifyDatabase();
            statementReport(dir);
        }
    }

    /**
     * Drives a deployment that is already running ({@code bench.baseUrl}, e.g. two nodes behind nginx):
     * no server is started, so nothing that needs the server's process is measured. Students are enrolled
     * in the database when {@code bench.dbUrl} names it (and the run ends with the database check), else
     * each registers on the registration page with the demo class's join code. Their usernames carry
     * this run's tag, so that runs against the same database do not count each other's answers.
     */
    private void runAgainstDeployment() throws Exception {
        Path dir = Path.of("target", "bench", "deployment-" + students + "-" + System.currentTimeMillis()).toAbsolutePath();
        Files.createDirectories(dir);
        String base = baseUrl.replaceAll("/+$", "");
        prefix = "bench" + Long.toString(System.currentTimeMillis() / 1000 % 46_656_000L, 36) + "-";
        String dbUrl = System.getProperty("bench.dbUrl", "").trim();
        database = dbUrl.isEmpty() ? null
                : BenchDatabase.existing(dbUrl, System.getProperty("bench.dbUser", BenchDatabase.PG_USER), System.getProperty("bench.dbPassword", ""));
        BenchServer.log("Benchmark against %s: %d students (%s*), ramp %d s, think %d-%d s, database %s", base, students, prefix, rampSeconds,
                thinkMin, thinkMax, database == null ? "not given (no check)" : database.description());
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        long quizId;
        if (database != null) {
            quizId = enrolStudents();
        } else {
            quizId = finalQuizId(http, base);
            registerFirst = true;
        }
        drive(base, quizId, 0, dir);
        if (database != null) {
            verifyDatabase();
        }
    }

    /**
     * The measured exam: N students over the ramp, the canary beside them, heap and CPU of the server
     * process when {@code pid} is one (0: a deployment the benchmark did not start).
     */
    private void drive(String base, long quizId, long pid, Path dir) throws Exception {
        Heap before = pid == 0 ? null : heap(pid, dir.resolve("histogram-idle.txt"));
        double cpuBefore = pid == 0 ? 0 : BenchServer.cpuSeconds(pid);
        double dbCpuBefore = databaseCpu();
        double generatorCpuBefore = generatorCpuSeconds();
        if (before != null) {
            BenchServer.log("Server up (pid %d); live heap %.1f MB, %d VaadinSession, %d UI", pid, before.usedMb, before.sessions, before.uis);
        }

        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        CountDownLatch done = new CountDownLatch(students);
        Instant t0 = Instant.now();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 1; i <= students; i++) {
                int n = i;
                long startAtMs = (long) rampSeconds * 1000 * (i - 1) / Math.max(1, students);
                threads.submit(() -> {
                    try {
                        Thread.sleep(startAtMs);
                        student(http, base, quizId, n);
                    } catch (Exception e) {
                        errors.add("student " + n + ": " + e);
                    } finally {
                        done.countDown();
                    }
                    return null;
                });
            }
            // a real browser student beside the virtual ones, while they are in the quiz
            var canary = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                if (!canaryOn) {
                    return "not run (bench.canary=false)";
                }
                try {
                    Thread.sleep(rampSeconds * 500L);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                long start = System.nanoTime();
                BrowserCanary.Result result = BrowserCanary.run(base, "student", "demo-student", dir.resolve("canary.png"), thinkMin * 1000L);
                return (result.failure() == null ? "passed" : "FAILED: " + result.failure()) + " in "
                        + (System.nanoTime() - start) / 1_000_000_000 + " s; " + result.typing();
            });
            // heap per quiz session, measured when every student is inside the quiz
            Heap peak = null;
            after = null;
            boolean peakReached = false;
            while (done.getCount() > 0) {
                Thread.sleep(2000);
                if (peakReached && steadyEndNanos == 0 && System.nanoTime() - steadyStartNanos >= 60_000_000_000L) {
                    steadyCpu = (pid == 0 ? 0 : BenchServer.cpuSeconds(pid)) - steadyCpu;
                    steadyDbCpu = databaseCpu() - steadyDbCpu;
                    steadyAnswers = answersSaved.get() - steadyAnswers;
                    steadyEndNanos = System.nanoTime();
                }
                if (!peakReached && inQuiz.get() >= students * 95 / 100 && Duration.between(t0, Instant.now()).toSeconds() >= rampSeconds) {
                    peakReached = true;
                    peak = pid == 0 ? null : heap(pid, dir.resolve("histogram-peak.txt"));
                    // steady state: everyone is answering, logins and starts are over; 60 s of CPU per answer
                    steadyStartNanos = System.nanoTime();
                    steadyCpu = pid == 0 ? 0 : BenchServer.cpuSeconds(pid);
                    steadyDbCpu = databaseCpu();
                    steadyAnswers = answersSaved.get();
                    if (peak != null) {
                        BenchServer.log("Peak: %d students in the quiz; live heap %.1f MB, %d VaadinSession, %d UI", inQuiz.get(), peak.usedMb, peak.sessions,
                                peak.uis);
                    }
                }
            }
            threads.shutdown();
            canaryResult = canary.join();
            if (pid != 0) {
                settle(pid);
                // every student is on the review now, the sessions all alive: an attempt page still held here is
                // a leak (session 9 found each one kept by its submit dialog)
                after = heap(pid, dir.resolve("histogram-after.txt"));
            }
            report(base, pid, before, peak, pid == 0 ? 0 : BenchServer.cpuSeconds(pid) - cpuBefore, databaseCpu() - dbCpuBefore,
                    generatorCpuSeconds() - generatorCpuBefore, Duration.between(t0, Instant.now()), dir);
        }
    }

    /**
     * Waits until the server has done the work the students left it: each submit queues the learning
     * updates (Modulith's registry, two threads of their own), and at 1,000 students on a busy machine
     * hundreds were still queued when the last student finished; stopping the server then cut them off
     * and left their cost out of the CPU per answer. Idle is less than 5% of a core for 6 s, or gives
     * up after 5 minutes.
     */
    private void settle(long pid) throws Exception {
        long start = System.nanoTime();
        double startCpu = BenchServer.cpuSeconds(pid) + databaseCpu();
        double last = startCpu;
        int quiet = 0;
        while (quiet < 3 && System.nanoTime() - start < 300_000_000_000L) {
            Thread.sleep(2000);
            double now = BenchServer.cpuSeconds(pid) + databaseCpu();
            quiet = now - last < 0.1 ? quiet + 1 : 0;
            last = now;
        }
        settleSeconds = (System.nanoTime() - start) / 1e9;
        settleCpu = last - startCpu;
    }

    /** CPU seconds of the embedded PostgreSQL server so far, or 0 where the benchmark cannot see the database's processes. */
    private double databaseCpu() {
        return database == null ? 0 : database.serverCpuSeconds().orElse(0);
    }

    /** What pg_stat_statements counted during the measured run: the whole list in the run's folder, the top five in the report. */
    private void statementReport(Path dir) throws Exception {
        List<String> rows = database.topStatements(25);
        if (rows.isEmpty()) {
            return;
        }
        Files.write(dir.resolve("pg-statements.md"), rows);
        StringBuilder out = new StringBuilder("\nPostgreSQL's busiest statements in the measured run (pg_stat_statements, by total time; all 25 in ")
                .append(dir.getFileName()).append("/pg-statements.md):\n\n");
        rows.stream().limit(7).forEach(r -> out.append(r).append('\n'));
        System.out.println(out);
        Files.writeString(resultsFile(), out.toString(), java.nio.file.StandardOpenOption.APPEND);
    }

    /**
     * The soak runs on the server that created the schema, as on a school's first exam day: H2's
     * constraints parsed by a pooled connection are what broke when the pool retired it (issue 11), and
     * a server opening an existing database parses them with a session that never closes. So nothing
     * is written offline: students register with the demo class's join code, each round as a new one.
     */
    private void soak(Path jar, Path dir, int port, String base) throws Exception {
        Process server = BenchServer.start(jar, dir, port, heap, Boolean.getBoolean("bench.jfr"), database, 8192, serverArgs);
        BenchServer.waitUntilUp(base);
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        long quizId = finalQuizId(http, base);
        soak = new Soak(Duration.ofMinutes(soakMinutes), Duration.ofMinutes(windowMinutes));
        soak.run(server.pid(), base, quizId, dir);
        BenchServer.stop(server);
        verifyDatabase();
    }

    /** The demo final's id, from the demo class's gradebook in the REST API. */
    private static long finalQuizId(HttpClient http, String base) throws Exception {
        var json = tools.jackson.databind.json.JsonMapper.builder().build();
        String auth = "Basic " + java.util.Base64.getEncoder().encodeToString("admin:demo-admin".getBytes());
        var classes = json.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/classes")).header("Authorization", auth).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        for (var c : classes) {
            if ("DEMO-2017".equals(c.path("joinCode").asString())) {
                var rows = json.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/classes/" + c.path("id").asLong() + "/gradebook?format=json"))
                        .header("Authorization", auth).build(), HttpResponse.BodyHandlers.ofString()).body());
                for (var row : rows) {
                    if ("final".equals(row.path("quizKey").asString())) {
                        return row.path("quizId").asLong();
                    }
                }
            }
        }
        throw new IllegalStateException("the demo class's gradebook has no quiz 'final'");
    }

    /** Creates a student account in the demo class through the registration page, as a student would. */
    private void register(HttpClient http, String base, String username) throws Exception {
        VaadinClient client = new VaadinClient(http, base, ownAddresses ? addressOf(username) : null);
        timed("register", () -> {
            client.open("register");
            var json = JsonNodeFactory.instance;
            client.setValue("join-code", json.stringNode("DEMO-2017"), "change");
            client.setValue("username", json.stringNode(username), "change");
            client.setValue("display-name", json.stringNode("Bench Student " + username), "change");
            client.setValue("password", json.stringNode(PASSWORD), "change");
            client.click("create-account");
            client.expectText("registered");
        });
    }

    /** A private address per student (10.x.y.z), the same for the same username. */
    static String addressOf(String username) {
        int h = username.hashCode() & 0xFFFFFF;
        return "10." + (h >> 16 & 0xFF) + "." + (h >> 8 & 0xFF) + "." + Math.max(1, h & 0xFF);
    }

    /** One virtual student's exam. */
    private void student(HttpClient http, String base, long quizId, int n) throws Exception {
        String username = String.format(Locale.ROOT, "%s%05d", prefix, n);
        if (registerFirst) {
            register(http, base, username);
        }
        exam(http, base, quizId, username);
    }

    private void exam(HttpClient http, String base, long quizId, String username) throws Exception {
        VaadinClient client = new VaadinClient(http, base, ownAddresses ? addressOf(username) : null);
        timed("login", () -> client.login(username, PASSWORD));
        timed("open quiz", () -> {
            client.open("quiz/" + quizId);
            client.expectText("Before you start");
        });
        timed("start attempt", () -> {
            client.click("start-attempt");
            client.expectText("Question 1 of 20");
        });
        inQuiz.incrementAndGet();
        try {
            for (int q = 1; q <= 20; q++) {
                Thread.sleep(ThreadLocalRandom.current().nextLong(thinkMin * 1000L, thinkMax * 1000L + 1));
                int current = q;
                timed("save answer", () -> {
                    answer(client);
                    // the navigator marks a question answered once the server has stored the answer
                    client.expectText("Question " + current + ", answered");
                });
                answersSaved.incrementAndGet();
                if (q < 20) {
                    int next = q + 1;
                    timed("next question", () -> {
                        client.click("next");
                        client.expectText("Question " + next + " of 20");
                    });
                }
            }
            timed("submit", () -> {
                client.click("finish");
                client.fire("submit-dialog", "confirm");
                client.expectText("review");
            });
            submitted.incrementAndGet();
        } finally {
            inQuiz.decrementAndGet();
        }
    }

    /** Answers the question on the page with whatever input it offers, as the browser would send it. */
    private static void answer(VaadinClient client) throws Exception {
        String tag = client.tagOf("answer");
        var json = JsonNodeFactory.instance;
        switch (tag == null ? "" : tag) {
            // item keys count from 1; "2" is a real choice even where an empty choice comes first
            case "vaadin-radio-group", "vaadin-select" -> client.setValue("answer", json.stringNode("2"), "value-changed");
            case "vaadin-checkbox-group" -> client.setValue("answer", json.arrayNode().add("1"), "value-changed");
            case "vaadin-text-field", "vaadin-text-area" -> client.setValue("answer", json.stringNode("12"), "input");
            case "vaadin-button" -> client.click("answer");
            default -> throw new VaadinClient.ProtocolException("no answer input on the page (tag " + tag + ")");
        }
    }

    private interface Step {
        void run() throws Exception;
    }

    private void timed(String step, Step work) throws Exception {
        long start = System.nanoTime();
        work.run();
        long micros = (System.nanoTime() - start) / 1000;
        latencies.computeIfAbsent(step, s -> new ConcurrentLinkedQueue<>()).add(micros);
        if (soak != null) {
            soak.done(step, micros);
        }
    }

    private void report(String base, long pid, Heap before, Heap peak, double serverCpu, double databaseCpu, double generatorCpu, Duration wall, Path dir)
            throws IOException {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "## %d students, ramp %d s, think %d-%d s, -Xmx%s%n%n", students, rampSeconds, thinkMin, thinkMax, heap));
        out.append(String.format(Locale.ROOT, "Date %s, commit %s, machine: %d cores, %s, load average at the end %s.%n", Instant.now(), BenchServer.commit(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name") + " " + System.getProperty("os.arch"), loadAverage()));
        out.append(ownAddresses ? "Clients: each student at an address of its own (X-Forwarded-For, forward headers on).\n"
                : "Clients: every student at the generator's one address.\n");
        out.append(String.format(Locale.ROOT, "Database: %s.%n", database == null ? "not known to the benchmark (no bench.dbUrl)" : database.description()));
        out.append(pid == 0
                ? "Server: the deployment at " + base + ", not started by the benchmark: server CPU, heap and the database's CPU are not measured "
                        + "(they need the processes).\n\n"
                : "Server: the production jar, started by the benchmark (-Xmx" + heap + ").\n\n");
        out.append("| step | count | p50 ms | p95 ms | p99 ms | max ms |\n|---|---|---|---|---|---|\n");
        List<String> steps = new ArrayList<>(List.of(STEPS));
        if (registerFirst) {
            steps.addFirst("register");
        }
        for (String step : steps) {
            List<Long> list = new ArrayList<>(latencies.getOrDefault(step, new ConcurrentLinkedQueue<>()));
            list.sort(Long::compare);
            out.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %s |%n", step, list.size(),
                    ms(BenchServer.percentile(list, 50)), ms(BenchServer.percentile(list, 95)), ms(BenchServer.percentile(list, 99)), ms(list.isEmpty() ? 0 : list.getLast())));
        }
        int saved = answersSaved.get();
        out.append(String.format(Locale.ROOT, "%nErrors: %d. Answers saved: %d. Attempts submitted: %d of %d. Wall time %d s.%n",
                errors.size(), saved, submitted.get(), students, wall.toSeconds()));
        out.append("Browser canary (Chromium, Checkpoint 1): ").append(canaryResult).append(".\n");
        boolean postgres = database != null && database.isEmbeddedPostgres();
        if (steadyEndNanos > 0 && steadyAnswers > 0) {
            if (pid != 0) {
                out.append(String.format(Locale.ROOT, "Steady state (60 s after all logins and starts, every student answering): "
                        + "%d answers saved, server CPU %.1f s: %.2f ms per answer saved (its save and the move to the next question).%n",
                        steadyAnswers, steadyCpu, steadyCpu * 1000 / steadyAnswers));
            } else {
                out.append(String.format(Locale.ROOT, "Steady state (60 s after all logins and starts): %d answers saved.%n", steadyAnswers));
            }
            if (postgres) {
                out.append(String.format(Locale.ROOT, "Steady state, PostgreSQL's own processes: %.1f s of CPU, %.2f ms per answer saved; "
                        + "server and database together %.2f ms per answer saved.%n",
                        steadyDbCpu, steadyDbCpu * 1000 / steadyAnswers, (steadyCpu + steadyDbCpu) * 1000 / steadyAnswers));
            }
        }
        if (pid != 0) {
            out.append(String.format(Locale.ROOT, "After the last student: the server (and database) worked %.1f s of CPU in %.0f s until idle "
                    + "(queued learning updates of the submits), counted below.%n", settleCpu, settleSeconds));
            out.append(String.format(Locale.ROOT, "Server CPU: %.1f s in all, %.2f ms per answer saved (all steps included). Generator CPU: %.1f s.%n",
                    serverCpu, saved == 0 ? 0 : serverCpu * 1000 / saved, generatorCpu));
        } else {
            out.append(String.format(Locale.ROOT, "Generator CPU: %.1f s.%n", generatorCpu));
        }
        if (postgres) {
            out.append(String.format(Locale.ROOT, "PostgreSQL server CPU (postmaster and every process of it, from /proc): %.1f s in all, %.2f ms per answer saved; "
                    + "server and database together %.2f ms per answer saved.%n", databaseCpu, saved == 0 ? 0 : databaseCpu * 1000 / saved,
                    saved == 0 ? 0 : (serverCpu + databaseCpu) * 1000 / saved));
        }
        if (peak != null && before != null) {
            int sessions = Math.max(1, peak.sessions - before.sessions);
            out.append(String.format(Locale.ROOT, "Live heap (class histogram after a full GC): %.1f MB idle, %.1f MB with %d quiz sessions (%d UIs): %.0f KB per session.%n",
                    before.usedMb, peak.usedMb, peak.sessions, peak.uis, (peak.usedMb - before.usedMb) * 1024 / sessions));
            out.append(String.format(Locale.ROOT, "(GC.heap_info after GC.run, which also counts what the students allocated in between: "
                    + "%.1f MB idle, %.1f MB at the peak, %.0f KB per session.)%n",
                    before.heapInfoMb, peak.heapInfoMb, (peak.heapInfoMb - before.heapInfoMb) * 1024 / sessions));
        }
        if (after != null && before != null) {
            int sessions = Math.max(1, after.sessions - before.sessions);
            out.append(String.format(Locale.ROOT, "After the submits, every student on the review: live heap %.1f MB with %d sessions (%d UIs): "
                    + "%.0f KB per session; attempt pages still alive: %d, review pages: %d.%n", after.usedMb, after.sessions, after.uis,
                    (after.usedMb - before.usedMb) * 1024 / sessions, after.attemptPages, after.reviewPages));
        }
        // errors by kind (the student's number left out), most frequent first: 800 refused logins and one
        // failed save must both show
        Map<String, Long> kinds = new java.util.TreeMap<>();
        errors.forEach(e -> kinds.merge(e.replaceFirst("^student \\d+: ", ""), 1L, Long::sum));
        kinds.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(10)
                .forEach(k -> out.append("- ").append(k.getValue()).append(" × ").append(k.getKey()).append('\n'));
        Files.write(dir.resolve("errors.txt"), errors);
        System.out.println(out);
        Files.writeString(dir.resolve("results.md"), out.toString());
        Files.writeString(resultsFile(), out.toString());
    }

    private static String loadAverage() {
        try {
            return String.join(" ", List.of(Files.readString(Path.of("/proc/loadavg")).strip().split(" ")).subList(0, 3));
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private Path resultsFile() {
        String db = baseUrl.isEmpty() ? (databaseKind.startsWith("postgres") ? "-postgres" : "") : "-deployment";
        return Path.of("target", "bench", (soakMinutes > 0 ? "results-soak-" : "results-") + students + db + ".md");
    }

    /** Every answer a student saw acknowledged is stored, and every acknowledged submit is submitted, once. */
    private void verifyDatabase() throws Exception {
        try (Connection db = database.connect()) {
            String mine = "u.username like '" + prefix + "%'";
            long stored = count(db, "select count(*) from response r join attempt a on a.id = r.attempt_id join app_user u on u.id = a.student_id "
                    + "where " + mine + " and r.answer is not null");
            long attempts = count(db, "select count(*) from attempt a join app_user u on u.id = a.student_id "
                    + "where " + mine + " and a.state = 'SUBMITTED'");
            // one attempt per student: a start replayed on another node would show here (a student who
            // failed mid-quiz leaves one attempt in progress, which is no mismatch)
            long twice = count(db, "select count(*) from (select a.student_id from attempt a join app_user u on u.id = a.student_id where " + mine
                    + " group by a.student_id having count(*) > 1) d");
            boolean ok = stored == answersSaved.get() && attempts == submitted.get() && (twice == 0 || soakMinutes > 0);
            String line = String.format(Locale.ROOT, "Database check: %d answers stored for %d acknowledged; %d attempts submitted for %d acknowledged; "
                    + "%d students with more than one attempt: %s%n", stored, answersSaved.get(), attempts, submitted.get(), twice, ok ? "OK" : "MISMATCH");
            System.out.println(line);
            Files.writeString(resultsFile(), line, java.nio.file.StandardOpenOption.APPEND);
        }
    }

    /** Enrols N students in the demo class directly in the database (both H2 and PostgreSQL); returns the final's id. */
    private long enrolStudents() throws Exception {
        String hash = new BCryptPasswordEncoder().encode(PASSWORD);
        try (Connection db = database.connect()) {
            long classId = count(db, "select id from school_class where join_code = 'DEMO-2017'");
            long quizId = count(db, "select id from quiz where quiz_key = 'final'");
            db.setAutoCommit(false);
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement user = db.prepareStatement(
                    "insert into app_user (username, password_hash, display_name, role, enabled, created_at) values (?, ?, ?, 'STUDENT', true, ?)",
                    new String[] {"id"});
                 PreparedStatement member = db.prepareStatement(
                         "insert into class_member (class_id, user_id, role, joined_at, joined_by_code) values (?, ?, 'STUDENT', ?, false)")) {
                for (int i = 1; i <= students; i++) {
                    user.setString(1, String.format(Locale.ROOT, "%s%05d", prefix, i));
                    user.setString(2, hash);
                    user.setString(3, "Bench Student " + i);
                    user.setTimestamp(4, now);
                    user.executeUpdate();
                    try (ResultSet keys = user.getGeneratedKeys()) {
                        keys.next();
                        member.setLong(1, classId);
                        member.setLong(2, keys.getLong(1));
                        member.setTimestamp(3, now);
                        member.executeUpdate();
                    }
                }
            }
            db.commit();
            BenchServer.log("Enrolled %d students in class %d; quiz 'final' is %d", students, classId, quizId);
            return quizId;
        }
    }

    private static long count(Connection db, String sql) throws Exception {
        try (var st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** @param heapInfoMb GC.heap_info's "used" just after GC.run, as the issue asks: over-counts under load (see heap) */
    /** The live heap once every student has submitted; null where the benchmark cannot see the server. */
    private @org.jspecify.annotations.Nullable Heap after;

    private record Heap(double usedMb, double heapInfoMb, int sessions, int uis, int attemptPages, int reviewPages) {
    }

    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    private static final Pattern TOTAL = Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)\\s*$");

    /**
     * Live heap, and how many Vaadin sessions and UIs live in it, from the class histogram, which runs a
     * full GC and then counts what survived; the histogram is kept in {@code histogramFile}. (Reading
     * GC.heap_info after GC.run over-counted under load: a thousand students allocate hundreds of MB in
     * the second between the two commands.)
     */
    private static Heap heap(long pid, Path histogramFile) throws Exception {
        jcmd(pid, "GC.run");
        Matcher used = USED.matcher(jcmd(pid, "GC.heap_info"));
        double heapInfo = used.find() ? Long.parseLong(used.group(1)) / 1024.0 : -1;
        String histogram = jcmd(pid, "GC.class_histogram");
        Files.writeString(histogramFile, histogram);
        Matcher total = TOTAL.matcher(histogram);
        double live = total.find() ? Long.parseLong(total.group(1)) / (1024.0 * 1024.0) : -1;
        return new Heap(live, heapInfo, instances(histogram, "com.vaadin.flow.server.VaadinSession")
                + instances(histogram, "com.vaadin.flow.spring.SpringVaadinSession"), instances(histogram, "com.vaadin.flow.component.UI"),
                instances(histogram, "org.sourcewise.quizzes.ui.QuizTakingView"), instances(histogram, "org.sourcewise.quizzes.ui.AttemptReviewView"));
    }

    private static int instances(String histogram, String className) {
        Matcher m = Pattern.compile("(?m)^\\s*\\d+:\\s+(\\d+)\\s+\\d+\\s+" + Pattern.quote(className) + "\\s*$").matcher(histogram);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static String jcmd(long pid, String command) throws Exception {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        Process p = new ProcessBuilder(jcmd, String.valueOf(pid), command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        return out;
    }

    private static double generatorCpuSeconds() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return os.getProcessCpuTime() / 1e9;
    }

    private static String ms(long micros) {
        return String.format(Locale.ROOT, "%.1f", micros / 1000.0);
    }

    /**
     * The soak: students repeat the exam until the time is up, an instructor imports a question each
     * window, and each window's counts, errors, answer-save p95, live heap and the server's logged
     * errors are reported, so that a failure that needs time shows when it starts.
     */
    private final class Soak {

        private final Duration length;
        private final Duration window;
        private final long t0 = System.nanoTime();
        private final Map<Integer, Window> windows = new ConcurrentHashMap<>();

        Soak(Duration length, Duration window) {
            this.length = length;
            this.window = window;
        }

        private final class Window {
            final AtomicInteger registrations = new AtomicInteger();
            final AtomicInteger starts = new AtomicInteger();
            final AtomicInteger answers = new AtomicInteger();
            final AtomicInteger submits = new AtomicInteger();
            final AtomicInteger imports = new AtomicInteger();
            final AtomicInteger errors = new AtomicInteger();
            final ConcurrentLinkedQueue<Long> saves = new ConcurrentLinkedQueue<>();
            volatile String sample = "";
        }

        private Window now() {
            int index = (int) ((System.nanoTime() - t0) / window.toNanos());
            return windows.computeIfAbsent(index, i -> new Window());
        }

        void done(String step, long micros) {
            Window w = now();
            switch (step) {
                case "register" -> w.registrations.incrementAndGet();
                case "start attempt" -> w.starts.incrementAndGet();
                case "save answer" -> {
                    w.answers.incrementAndGet();
                    w.saves.add(micros);
                }
                case "submit" -> w.submits.incrementAndGet();
                default -> {
                }
            }
        }

        void failed(String what) {
            now().errors.incrementAndGet();
            errors.add(String.format(Locale.ROOT, "minute %d: %s", (System.nanoTime() - t0) / 60_000_000_000L, what));
        }

        void run(long pid, String base, long quizId, Path dir) throws Exception {
            HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
            long end = t0 + length.toNanos();
            double cpuBefore = BenchServer.cpuSeconds(pid);
            try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 1; i <= students; i++) {
                    int n = i;
                    long startAtMs = (long) rampSeconds * 1000 * (i - 1) / Math.max(1, students);
                    threads.submit(() -> {
                        Thread.sleep(startAtMs);
                        for (int round = 1; System.nanoTime() < end; round++) {
                            try {
                                String username = String.format(Locale.ROOT, "bench%05d-%d", n, round);
                                register(http, base, username);
                                exam(http, base, quizId, username);
                            } catch (Exception e) {
                                failed("student " + n + " round " + round + ": " + e);
                                Thread.sleep(5000); // as a person would, before trying again
                            }
                        }
                        return null;
                    });
                }
                int imported = 0;
                long serverErrorsBefore = 0;
                for (int w = 0; System.nanoTime() < end; w++) {
                    long windowEnd = t0 + (w + 1) * window.toNanos();
                    importQuestion(http, base, ++imported);
                    Thread.sleep(Math.max(0, (Math.min(windowEnd, end) - System.nanoTime()) / 1_000_000));
                    Heap h = heap(pid, dir.resolve("histogram-soak-" + w + ".txt"));
                    long serverErrors = serverErrors(dir);
                    Window done = windows.computeIfAbsent(w, i -> new Window());
                    done.sample = String.format(Locale.ROOT, "%.1f | %d | %d", h.usedMb, h.sessions, serverErrors - serverErrorsBefore);
                    serverErrorsBefore = serverErrors;
                    BenchServer.log("Soak window %d: %d starts, %d answers, %d submitted, %d errors; live heap %.1f MB, %d sessions",
                            w + 1, done.starts.get(), done.answers.get(), done.submits.get(), done.errors.get(), h.usedMb, h.sessions);
                }
                threads.shutdown();
            }
            report(BenchServer.cpuSeconds(pid) - cpuBefore, dir);
        }

        /** A one-question GIFT file through the REST API, as an instructor's script would send it. */
        private void importQuestion(HttpClient http, String base, int n) {
            String gift = "// key: soak-" + n + "-" + System.currentTimeMillis() + "\n::Soak " + n + ":: Is this question number "
                    + n + "? {T}\n";
            try {
                HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/courses/russia-north-korea-2017/questions?format=gift"))
                        .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("instructor:demo-instructor".getBytes()))
                        .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(gift)).build();
                HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200) {
                    now().imports.incrementAndGet();
                } else {
                    failed("import " + n + ": HTTP " + answer.statusCode() + " " + answer.body());
                }
            } catch (Exception e) {
                failed("import " + n + ": " + e);
            }
        }

        /** ERROR lines in the server's log so far. */
        private long serverErrors(Path dir) throws IOException {
            try (var lines = Files.lines(dir.resolve("server.log"))) {
                return lines.filter(l -> l.contains(" ERROR ")).count();
            }
        }

        private void report(double serverCpu, Path dir) throws IOException {
            StringBuilder out = new StringBuilder();
            out.append(String.format(Locale.ROOT, "## Soak: %d students for %d minutes, think %d-%d s, -Xmx%s, server args %s%n%n",
                    students, length.toMinutes(), thinkMin, thinkMax, heap, serverArgs.isEmpty() ? "none (production defaults)" : String.join(" ", serverArgs)));
            out.append(String.format(Locale.ROOT, "Date %s, commit %s, machine: %s.%n%n", Instant.now(), BenchServer.commit(), BenchServer.machine()));
            out.append("| minutes | students registered | attempts started | answers saved | submitted | REST imports | errors | save p95 ms | live heap MB | sessions | server ERROR lines |\n");
            out.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
            List<Integer> keys = new ArrayList<>(windows.keySet());
            keys.sort(Integer::compare);
            for (int k : keys) {
                Window w = windows.get(k);
                List<Long> saves = new ArrayList<>(w.saves);
                saves.sort(Long::compare);
                out.append(String.format(Locale.ROOT, "| %d-%d | %d | %d | %d | %d | %d | %d | %s | %s |%n", k * window.toMinutes(), (k + 1) * window.toMinutes(),
                        w.registrations.get(), w.starts.get(), w.answers.get(), w.submits.get(), w.imports.get(), w.errors.get(), ms(BenchServer.percentile(saves, 95)),
                        w.sample.isEmpty() ? "- | - | -" : w.sample));
            }
            out.append(String.format(Locale.ROOT, "%nErrors: %d. Answers saved: %d. Attempts submitted: %d. Server CPU %.0f s.%n",
                    errors.size(), answersSaved.get(), submitted.get(), serverCpu));
            errors.stream().limit(20).forEach(e -> out.append("- ").append(e).append('\n'));
            System.out.println(out);
            Files.writeString(dir.resolve("results.md"), out.toString());
            Files.writeString(resultsFile(), out.toString());
        }
    }
}
