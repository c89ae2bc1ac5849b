package org.sourcewise;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PageAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Several nodes as a school runs them (docs/deployment.md, "Several nodes on one database"): two
 * packaged jars on one PostgreSQL behind Debian's nginx with the config in deploy/, six students in real
 * browsers, three kept on each node by the session cookie. One node is killed with SIGKILL in the middle
 * of the quiz; its students are sent to the other node, log in again and finish there, the others never
 * notice. Then the database must hold every answer a page said was saved, and each attempt submitted
 * exactly once. Runs in {@code ./mvnw verify} and alone with {@code ./mvnw -Ptwo-nodes verify}.
 */
class TwoNodesKillIT {

    private static final Duration START = Duration.ofMinutes(4);
    private static final String QUIZ = "Checkpoint 1: Moscow's lifelines to Pyongyang";
    private static final int STUDENTS = 6;
    private static final int QUESTIONS = 10;
    /** questions answered before the kill: the rest after it, on whichever node the student is then */
    private static final int BEFORE_KILL = 4;
    private static final String PASSWORD = "two-nodes-pass";

    private final List<Process> processes = new ArrayList<>();
    private EmbeddedPostgres postgres;
    private Playwright playwright;
    private Process nginx;
    private Path nginxPrefix;

    /** One student in one browser, and what their page said was saved. */
    private static final class Student {
        final String username;
        final BrowserContext context;
        final Page page;
        String node;
        long attemptId;
        final Map<Integer, String> acknowledged = new LinkedHashMap<>();

        Student(String username, BrowserContext context, Page page) {
            this.username = username;
            this.context = context;
            this.page = page;
        }
    }

    @AfterEach
    void stopEverything() throws Exception {
        if (playwright != null) {
            playwright.close();
        }
        if (nginx != null && nginx.isAlive()) {
            nginx.destroy();
            nginx.waitFor(20, TimeUnit.SECONDS);
        }
        for (Process p : processes) {
            if (p.isAlive()) {
                PackagedServer.stop(p);
            }
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    /** Debian's nginx; its absence fails the test under CI=true and skips it elsewhere. */
    private static Path nginxBinary() {
        for (String candidate : List.of("/usr/sbin/nginx", "/usr/bin/nginx", "/usr/local/sbin/nginx")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail("CI=true but nginx is missing: apt-get install -y nginx (see .ci/run)");
        }
        Assumptions.abort("no nginx on this machine: apt-get install -y nginx to run the two-node test");
        throw new IllegalStateException("unreachable");
    }

    @Test
    void a_node_killed_mid_quiz_loses_no_saved_answer_and_its_students_finish_on_the_other() throws Exception {
        BrowserSupport.requireChromium();
        Path nginxBinary = nginxBinary();
        Path dir = Files.createTempDirectory("sourcewise-two-nodes");

        // 1. PostgreSQL, committing each answer before it answers (the default; the tests' pass turns that off)
        postgres = EmbeddedPostgres.builder().setServerConfig("synchronous_commit", "on").setServerConfig("timezone", "UTC").start();
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            c.createStatement().execute("create database sourcewise");
        }
        String jdbcUrl = "jdbc:postgresql://localhost:" + postgres.getPort() + "/sourcewise";

        // 2. node1 migrates and seeds; six students join the demo class; then node2
        int port1 = PackagedServer.freePort();
        Process node1 = startNode(dir, "node1", port1, jdbcUrl);
        PackagedServer.waitUntilUp(node1, "http://localhost:" + port1, START);
        List<String> usernames = enrolStudents(jdbcUrl);
        int port2 = PackagedServer.freePort();
        Process node2 = startNode(dir, "node2", port2, jdbcUrl);
        PackagedServer.waitUntilUp(node2, "http://localhost:" + port2, START);

        // 3. nginx with the repository's config, on the test's ports
        int listen = PackagedServer.freePort();
        startNginx(nginxBinary, dir, listen, port1, port2);
        String base = "http://localhost:" + listen;

        // 4. six students, three on each node, into the quiz and through its first questions
        playwright = BrowserSupport.playwright();
        Browser browser = BrowserSupport.launch(playwright);
        List<Student> students = new ArrayList<>();
        Map<String, Integer> perNode = new LinkedHashMap<>(Map.of("node1", 0, "node2", 0));
        for (String username : usernames) {
            students.add(arrive(browser, base, username, perNode));
        }
        assertThat(perNode).containsEntry("node1", STUDENTS / 2).containsEntry("node2", STUDENTS / 2);
        for (Student s : students) {
            logIn(s.page, s.username);
            s.page.getByText(QUIZ).first().click();
            s.page.locator("#start-attempt").click();
            assertThat(s.page.locator(".question-number")).containsText("Question 1 of " + QUESTIONS);
            // the address changes after the question shows: wait for it rather than read it too early
            assertThat(s.page).hasURL(Pattern.compile(".*/attempt/\\d+.*"));
            s.attemptId = Long.parseLong(s.page.url().replaceAll("^.*/attempt/(\\d+).*$", "$1"));
            assertThat(route(s.context)).as("a login keeps the browser on its node").isEqualTo(s.node);
        }
        for (int q = 1; q <= BEFORE_KILL; q++) {
            for (Student s : students) {
                answer(s, q);
            }
        }

        // 5. SIGKILL node1 in the middle of everyone's quiz
        node1.destroyForcibly();
        assertThat(node1.waitFor(30, TimeUnit.SECONDS)).isTrue();
        long killedAt = System.nanoTime();

        // 6. node2's students carry on and submit; node1's are sent to node2, log in again, and finish there
        List<Long> recoverySeconds = new ArrayList<>();
        for (Student s : students) {
            if (s.node.equals("node1")) {
                long clickAt = System.nanoTime();
                s.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Previous")).click();
                assertThat(s.page).hasURL(Pattern.compile(".*/login$"), new PageAssertions.HasURLOptions().setTimeout(60_000));
                assertThat(s.page.locator(".resume-note")).containsText("Your saved answers are kept");
                logIn(s.page, s.username);
                assertThat(s.page).hasURL(Pattern.compile(".*/attempt/" + s.attemptId + ".*"));
                assertThat(route(s.context)).as(s.username + " now on the surviving node").isEqualTo("node2");
                recoverySeconds.add(Duration.ofNanos(System.nanoTime() - clickAt).toSeconds());
                for (var given : s.acknowledged.entrySet()) {
                    showsSavedAnswer(s.page, given.getKey(), given.getValue());
                }
            }
            for (int q = BEFORE_KILL + 1; q <= QUESTIONS; q++) {
                goTo(s.page, q);
                answer(s, q);
            }
            submit(s);
        }
        long afterKillSeconds = Duration.ofNanos(System.nanoTime() - killedAt).toSeconds();
        students.stream().filter(s -> s.node.equals("node1")).findFirst().ifPresent(s -> s.page.screenshot(
                new Page.ScreenshotOptions().setPath(BrowserSupport.SCREENSHOTS.resolve("two-nodes-after-kill-review.png"))));

        // 7. the database: every acknowledged answer stored as given, each attempt submitted once
        int answersChecked = 0;
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
            for (Student s : students) {
                assertThat(count(db, "select count(*) from attempt a join app_user u on u.id = a.student_id "
                        + "join quiz z on z.id = a.quiz_id where u.username = ? and z.title = ?", s.username, QUIZ))
                        .as(s.username + "'s attempts at the quiz").isEqualTo(1);
                try (PreparedStatement st = db.prepareStatement("select state, submitted_by, submitted_at from attempt where id = ?")) {
                    st.setLong(1, s.attemptId);
                    try (ResultSet rs = st.executeQuery()) {
                        assertThat(rs.next()).isTrue();
                        assertThat(rs.getString("state")).as(s.username).isEqualTo("SUBMITTED");
                        assertThat(rs.getString("submitted_by")).as(s.username).isEqualTo("STUDENT");
                    }
                }
                // one submission event per listener: a second submit would have published another
                try (PreparedStatement st = db.prepareStatement("select listener_id, count(*) from event_publication "
                        + "where event_type like '%AttemptSubmitted' and serialized_event like ? group by listener_id")) {
                    st.setString(1, "%\"attemptId\":" + s.attemptId + ",%");
                    try (ResultSet rs = st.executeQuery()) {
                        int listeners = 0;
                        while (rs.next()) {
                            listeners++;
                            assertThat(rs.getLong(2)).as(s.username + ": submissions seen by " + rs.getString(1)).isEqualTo(1);
                        }
                        assertThat(listeners).as(s.username + ": listeners told of the submission").isPositive();
                    }
                }
                for (var given : s.acknowledged.entrySet()) {
                    String stored = answerAt(db, s.attemptId, given.getKey());
                    assertThat(stored).as(s.username + " question " + given.getKey()).isNotNull();
                    if (given.getValue().startsWith("text:")) {
                        assertThat(stored).as(s.username + " question " + given.getKey()).contains(given.getValue().substring("text:".length()));
                    }
                    answersChecked++;
                }
            }
        }
        assertThat(answersChecked).isGreaterThanOrEqualTo(STUDENTS * 3);
        String summary = String.format(Locale.ROOT, "two nodes: %d students (3 per node), %d acknowledged answers all stored, %d attempts "
                + "submitted once each; node1 killed after question %d; its students back in their attempt on node2 in %s s "
                + "(click to attempt page, incl. a new login); all done %d s after the kill",
                STUDENTS, answersChecked, STUDENTS, BEFORE_KILL, recoverySeconds, afterKillSeconds);
        System.out.println(summary);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "two-nodes-result.txt"), summary + System.lineSeparator());
    }

    private Process startNode(Path dir, String name, int port, String jdbcUrl) throws IOException {
        Path nodeDir = Files.createDirectories(dir.resolve(name));
        Process p = PackagedServer.start(nodeDir, port, List.of("-Xmx384m"), List.of("--sourcewise.backup-dir=" + nodeDir.resolve("backups")),
                Map.of("SPRING_PROFILES_ACTIVE", "postgres",
                        "SOURCEWISE_DB_URL", jdbcUrl,
                        "SOURCEWISE_DB_USERNAME", "postgres",
                        "SOURCEWISE_DB_PASSWORD", "",
                        "SOURCEWISE_DB_POOL_SIZE", "5",
                        "SOURCEWISE_NODE_ROUTE", name,
                        "SOURCEWISE_FORWARD_HEADERS", "native"));
        processes.add(p);
        return p;
    }

    /** deploy/nginx.conf.template with this test's ports, nginx in the foreground as deploy/run-two-nodes.sh runs it. */
    private void startNginx(Path binary, Path dir, int listen, int port1, int port2) throws Exception {
        nginxPrefix = dir.resolve("nginx");
        Files.createDirectories(nginxPrefix.resolve("logs"));
        Files.createDirectories(nginxPrefix.resolve("temp"));
        // as root, nginx's worker runs as nobody and must reach its temp folders
        for (Path p : List.of(dir, nginxPrefix, nginxPrefix.resolve("temp"))) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        String config = Files.readString(Path.of("deploy", "nginx.conf.template"))
                .replace("{{PREFIX}}", nginxPrefix.toString())
                .replace("{{LISTEN}}", String.valueOf(listen))
                .replace("{{NODE1}}", "127.0.0.1:" + port1)
                .replace("{{NODE2}}", "127.0.0.1:" + port2);
        assertThat(config).doesNotContain("{{");
        Path conf = nginxPrefix.resolve("nginx.conf");
        Files.writeString(conf, config);
        nginx = new ProcessBuilder(binary.toString(), "-p", nginxPrefix.toString(), "-e", nginxPrefix.resolve("logs/error.log").toString(),
                "-c", conf.toString()).redirectErrorStream(true).redirectOutput(nginxPrefix.resolve("logs/stdout.log").toFile()).start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < end) {
            if (!nginx.isAlive()) {
                Assertions.fail("nginx exited with " + nginx.exitValue() + ": " + Files.readString(nginxPrefix.resolve("logs/stdout.log"))
                        + Files.readString(nginxPrefix.resolve("logs/error.log")));
            }
            try {
                var r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + listen + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("UP")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        Assertions.fail("nginx did not answer on port " + listen + " within 30 s");
    }

    /** Six students in the demo class, written as the load benchmark does (the app reads them from the database). */
    private static List<String> enrolStudents(String jdbcUrl) throws Exception {
        String hash = new BCryptPasswordEncoder().encode(PASSWORD);
        List<String> names = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
            long classId = count(db, "select id from school_class where join_code = ?", "DEMO-2017");
            db.setAutoCommit(false);
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement user = db.prepareStatement(
                    "insert into app_user (username, password_hash, display_name, role, enabled, created_at) values (?, ?, ?, 'STUDENT', true, ?)",
                    java.sql.Statement.RETURN_GENERATED_KEYS);
                 PreparedStatement member = db.prepareStatement(
                         "insert into class_member (class_id, user_id, role, joined_at, joined_by_code) values (?, ?, 'STUDENT', ?, false)")) {
                for (int i = 1; i <= STUDENTS; i++) {
                    String name = "twonodes" + i;
                    user.setString(1, name);
                    user.setString(2, hash);
                    user.setString(3, "Two Nodes Student " + i);
                    user.setTimestamp(4, now);
                    user.executeUpdate();
                    try (ResultSet keys = user.getGeneratedKeys()) {
                        keys.next();
                        member.setLong(1, classId);
                        member.setLong(2, keys.getLong("id"));
                        member.setTimestamp(3, now);
                        member.executeUpdate();
                    }
                    names.add(name);
                }
            }
            db.commit();
        }
        return names;
    }

    /**
     * Opens the login page in a new browser until it lands on a node that has fewer than half the
     * students: nginx spreads browsers without a session round-robin, so this takes one try each unless
     * something else reached nginx in between.
     */
    private static Student arrive(Browser browser, String base, String username, Map<String, Integer> perNode) {
        for (int attempt = 0; attempt < 10; attempt++) {
            BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
            Page page = context.newPage();
            page.setDefaultTimeout(60_000);
            page.navigate(base + "/login");
            page.getByLabel("Username").waitFor();
            String node = route(context);
            if (perNode.get(node) < STUDENTS / 2) {
                perNode.merge(node, 1, Integer::sum);
                Student s = new Student(username, context, page);
                s.node = node;
                return s;
            }
            context.close();
        }
        throw new AssertionError("nginx sent ten browsers in a row to the same node");
    }

    /** The node named at the end of the browser's session cookie (JSESSIONID=...node1). */
    private static String route(BrowserContext context) {
        String id = context.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).map(c -> c.value).findFirst()
                .orElseThrow(() -> new AssertionError("no JSESSIONID cookie"));
        assertThat(id).matches(".*\\.node[12]");
        return id.substring(id.lastIndexOf('.') + 1);
    }

    private static void logIn(Page page, String username) {
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").first().fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
    }

    private static void goTo(Page page, int q) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Question " + q + ","))).click();
        assertThat(page.locator(".question-number")).containsText("Question " + q + " of " + QUESTIONS);
    }

    /**
     * Answers question q if it takes a click or a typed number, and waits until the page says it is saved;
     * only then does the answer count as acknowledged.
     */
    private static void answer(Student s, int q) {
        Page page = s.page;
        if (!page.locator(".question-number").textContent().contains("Question " + q + " ")) {
            goTo(page, q);
        }
        Locator card = page.locator(".question-card");
        card.locator("vaadin-radio-group, vaadin-checkbox-group, .ordering, .matching, .cloze, vaadin-text-field, vaadin-text-area, vaadin-number-field")
                .first().waitFor();
        String given = null;
        if (card.getByRole(AriaRole.RADIO).count() > 1) {
            card.getByRole(AriaRole.RADIO).nth(1).click();
            given = "radio:1";
        } else if (card.locator("vaadin-text-field input").count() == 1) {
            String text = String.valueOf(3000 + 10 * Integer.parseInt(s.username.replaceAll("\\D", "")) + q);
            card.locator("vaadin-text-field input").fill(text);
            card.locator("vaadin-text-field input").press("Tab");
            given = "text:" + text;
        }
        if (given != null) {
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                    .setName(Pattern.compile("^Question " + q + ", answered")))).isVisible();
            assertThat(page.locator(".save-status")).containsText("Saved");
            s.acknowledged.put(q, given);
        }
    }

    private static void showsSavedAnswer(Page page, int q, String given) {
        goTo(page, q);
        Locator card = page.locator(".question-card");
        if (given.startsWith("radio:")) {
            assertThat(card.getByRole(AriaRole.RADIO).nth(1)).isChecked();
        } else {
            assertThat(card.locator("vaadin-text-field input")).hasValue(given.substring("text:".length()));
        }
    }

    private static void submit(Student s) {
        s.page.locator("#finish").click();
        s.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit and finish")).click();
        assertThat(s.page).hasURL(Pattern.compile(".*/review/" + s.attemptId + "$"));
        assertThat(s.page.locator(".result-score")).containsText("/ " + QUESTIONS);
    }

    private static String answerAt(Connection db, long attemptId, int position) throws Exception {
        try (PreparedStatement st = db.prepareStatement("select answer from response where attempt_id = ? and position = ?")) {
            st.setLong(1, attemptId);
            st.setInt(2, position);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static long count(Connection db, String sql, Object... args) throws Exception {
        try (PreparedStatement st = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                assertThat(rs.next()).as(sql).isTrue();
                return rs.getLong(1);
            }
        }
    }
}
