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
 */
final class BrowserCanary {

    private BrowserCanary() {
    }

    /** Returns null when the canary got through, or what went wrong. */
    static String run(String base, String username, String password, Path screenshot, long thinkMs) {
        if (!Files.isExecutable(BrowserSupport.CHROMIUM)) {
            return "no " + BrowserSupport.CHROMIUM + ": canary skipped";
        }
        try (Playwright playwright = BrowserSupport.playwright(); Browser browser = BrowserSupport.launch(playwright);
             BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page page = context.newPage();
            page.setDefaultTimeout(60_000);
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
                    default -> answer.locator("input, textarea").first().fill("12");
                }
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(
                        java.util.regex.Pattern.compile("^Question " + q + ", answered"))).waitFor();
                if (q < 10) {
                    page.locator("#next").click();
                }
            }
            page.locator("#finish").click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit and finish")).click();
            page.locator(".result-score").waitFor();
            page.screenshot(new Page.ScreenshotOptions().setPath(screenshot));
            return null;
        } catch (Exception | Error e) {
            return e.toString().lines().findFirst().orElse(e.toString());
        }
    }
}
