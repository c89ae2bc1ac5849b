package org.sourcewise.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sourcewise.BrowserSupport;

/**
 * A real student in Chromium beside the virtual ones: proof that the page still works under load.
 * Takes Checkpoint 1 as a demo student, answers every question, submits and expects the review.
 * Typed answers are typed key by key at a student's pace, and the value syncs the page sends while
 * typing are counted: each is one save on the server (issue 13: saves per typed answer).
 */
final class BrowserCanary {

    private BrowserCanary() {
    }

    /** How the canary fared: {@code failure} is null when it got through. */
    record Result(@org.jspecify.annotations.Nullable String failure, int typedAnswers, int keystrokes, int valueSyncs) {

        String typing() {
            return typedAnswers == 0 ? "no typed answer" : String.format(java.util.Locale.ROOT,
                    "%d typed answers (%d keystrokes, 110 ms apart): %d saves, %.1f per typed answer",
                    typedAnswers, keystrokes, valueSyncs, (double) valueSyncs / typedAnswers);
        }
    }

    static Result run(String base, String username, String password, Path screenshot, long thinkMs) {
        if (!Files.isExecutable(BrowserSupport.CHROMIUM)) {
            return new Result("no " + BrowserSupport.CHROMIUM + ": canary skipped", 0, 0, 0);
        }
        int typed = 0;
        int keystrokes = 0;
        java.util.concurrent.atomic.AtomicInteger valueSyncs = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicBoolean typing = new java.util.concurrent.atomic.AtomicBoolean();
        try (Playwright playwright = BrowserSupport.playwright(); Browser browser = BrowserSupport.launch(playwright);
             BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page page = context.newPage();
            page.setDefaultTimeout(60_000);
            // a value sync of the answer field is what makes the server save it
            page.onRequest(r -> {
                String body = r.postData();
                if (typing.get() && r.url().contains("v-r=uidl") && body != null && body.contains("\"property\":\"value\"")) {
                    valueSyncs.incrementAndGet();
                }
            });
            page.navigate(base + "/login");
            page.getByLabel("Username").fill(username);
            page.getByLabel("Password").first().fill(password);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
            page.getByText("Checkpoint 1: Moscow's lifelines to Pyongyang").click();
            page.locator("#start-attempt").click();
            for (int q = 1; q <= 10; q++) {
                Thread.sleep(thinkMs);
                Locator card = page.locator(".question-card");
                card.locator("#answer").waitFor();
                Locator answer = card.locator("#answer");
                String tag = (String) answer.evaluate("e => e.tagName.toLowerCase()");
                switch (tag) {
                    case "vaadin-radio-group" -> answer.getByRole(AriaRole.RADIO).first().click();
                    case "vaadin-checkbox-group" -> answer.getByRole(AriaRole.CHECKBOX).first().click();
                    case "vaadin-button" -> answer.click();
                    case "vaadin-select" -> {
                        answer.click();
                        page.getByRole(AriaRole.OPTION).last().click();
                    }
                    default -> {
                        // a year or a name, typed as a student types; numbers suit numeric questions too
                        String text = "2017";
                        typing.set(true);
                        answer.locator("input, textarea").first().pressSequentially(text, new Locator.PressSequentiallyOptions().setDelay(110));
                        answer.locator("input, textarea").first().press("Tab");
                        typed++;
                        keystrokes += text.length();
                    }
                }
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(
                        java.util.regex.Pattern.compile("^Question " + q + ", answered"))).waitFor();
                typing.set(false);
                if (q < 10) {
                    page.locator("#next").click();
                }
            }
            page.locator("#finish").click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit and finish")).click();
            page.locator(".result-score").waitFor();
            page.screenshot(new Page.ScreenshotOptions().setPath(screenshot));
            return new Result(null, typed, keystrokes, valueSyncs.get());
        } catch (Exception | Error e) {
            return new Result(e.toString().lines().findFirst().orElse(e.toString()), typed, keystrokes, valueSyncs.get());
        }
    }
}
