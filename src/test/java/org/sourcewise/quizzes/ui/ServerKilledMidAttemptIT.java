package org.sourcewise.quizzes.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sourcewise.BrowserSupport;
import org.sourcewise.PackagedServer;

/**
 * The server killed with SIGKILL in the middle of an exam and started again on the same database,
 * as the production jar in its own process (what a school runs; the test's own Spring context could
 * not be killed this way). Every answer the page said was saved must be there after the restart, and
 * the student must be led back to the attempt.
 */
class ServerKilledMidAttemptIT {

    private static final Duration START = Duration.ofMinutes(3);

    private Process server;
    private Playwright playwright;

    @AfterEach
    void stop() throws InterruptedException {
        if (server != null && server.isAlive()) {
            PackagedServer.stop(server);
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    private static void logIn(Page page) {
        page.getByLabel("Username").fill("student");
        page.getByLabel("Password").first().fill("demo-student");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
    }

    @Test
    void answers_saved_before_a_sigkill_are_all_there_after_the_restart() throws Exception {
        BrowserSupport.requireChromium();
        Path dir = Files.createTempDirectory("sourcewise-sigkill");
        int port = PackagedServer.freePort();
        String base = "http://localhost:" + port;
        List<String> jvm = List.of("-Xmx384m");
        List<String> args = List.of("--sourcewise.backup-dir=" + dir.resolve("backups"));
        server = PackagedServer.start(dir, port, jvm, args);
        PackagedServer.waitUntilUp(server, base, START);

        playwright = BrowserSupport.playwright();
        Browser browser = BrowserSupport.launch(playwright);
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page page = context.newPage();
            page.setDefaultTimeout(30_000);
            page.navigate(base + "/login");
            logIn(page);
            page.getByText("Checkpoint 1: Moscow's lifelines to Pyongyang").click();
            page.locator("#start-attempt").click();
            assertThat(page.locator(".question-number")).containsText("Question 1 of 10");

            // answer every question that takes a click or a typed word, each until the page says it is saved
            Map<Integer, String> given = new LinkedHashMap<>();
            for (int q = 1; q <= 10; q++) {
                assertThat(page.locator(".question-number")).containsText("Question " + q + " of 10");
                Locator card = page.locator(".question-card");
                card.locator("vaadin-radio-group, vaadin-checkbox-group, .ordering, .matching, .cloze, vaadin-text-field, vaadin-text-area, vaadin-number-field")
                        .first().waitFor();
                if (card.getByRole(AriaRole.RADIO).count() > 1) {
                    card.getByRole(AriaRole.RADIO).nth(1).click();
                    given.put(q, "radio:1");
                } else if (card.locator("vaadin-text-field input").count() == 1) {
                    String text = String.valueOf(2000 + q); // a number: numeric questions take nothing else
                    card.locator("vaadin-text-field input").fill(text);
                    card.locator("vaadin-text-field input").press("Tab");
                    given.put(q, "text:" + text);
                }
                if (given.containsKey(q)) {
                    assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                            .setName(Pattern.compile("^Question " + q + ", answered")))).isVisible();
                    assertThat(page.locator(".save-status")).containsText("Saved");
                }
                if (q < 10) {
                    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next")).click();
                }
            }
            org.assertj.core.api.Assertions.assertThat(given).hasSizeGreaterThanOrEqualTo(3);

            server.destroyForcibly(); // SIGKILL: no shutdown hook, no flush, no goodbye
            server.waitFor();
            server = PackagedServer.start(dir, port, jvm, args);
            PackagedServer.waitUntilUp(server, base, START);

            // the next click meets a server that forgot the session: the login says why, and leads back
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Previous")).click();
            assertThat(page).hasURL(Pattern.compile(".*/login$"), new com.microsoft.playwright.assertions.PageAssertions.HasURLOptions()
                    .setTimeout(60_000));
            assertThat(page.locator(".resume-note")).containsText("Your saved answers are kept");
            logIn(page);
            assertThat(page).hasURL(Pattern.compile(".*/attempt/\\d+.*"));
            assertThat(page.locator(".question-number")).containsText("of 10");

            for (var answer : given.entrySet()) {
                int q = answer.getKey();
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Question " + q + ", answered"))).click();
                assertThat(page.locator(".question-number")).containsText("Question " + q + " of 10");
                Locator card = page.locator(".question-card");
                if (answer.getValue().startsWith("radio:")) {
                    assertThat(card.getByRole(AriaRole.RADIO).nth(1)).isChecked();
                } else {
                    assertThat(card.locator("vaadin-text-field input")).hasValue(answer.getValue().substring("text:".length()));
                }
            }
            page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSupport.SCREENSHOTS.resolve("exam-day-after-sigkill.png")));

            // and an admin's online backup of that file database holds every one of those answers
            long attemptId = Long.parseLong(page.url().replaceAll("^.*/attempt/(\\d+).*$", "$1"));
            var http = java.net.http.HttpClient.newHttpClient();
            var made = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/api/v1/backups"))
                    .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("admin:demo-admin".getBytes()))
                    .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            org.assertj.core.api.Assertions.assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
            String name = made.body().replaceAll("^.*\"name\":\"([^\"]+)\".*$", "$1");
            Path restored = Files.createTempDirectory("sourcewise-restored");
            try (var zip = new java.util.zip.ZipInputStream(Files.newInputStream(dir.resolve("backups").resolve(name)))) {
                for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    Path target = restored.resolve(entry.getName()).normalize();
                    org.assertj.core.api.Assertions.assertThat(target.startsWith(restored)).isTrue();
                    Files.copy(zip, target);
                }
            }
            try (var db = java.sql.DriverManager.getConnection("jdbc:h2:file:" + restored.resolve("sourcewise") + ";IFEXISTS=TRUE", "sa", "");
                 var rs = db.createStatement().executeQuery("select count(*) from response where answer is not null and attempt_id = " + attemptId)) {
                rs.next();
                org.assertj.core.api.Assertions.assertThat(rs.getInt(1)).isEqualTo(given.size());
            }
        }
    }
}
