package org.sourcewise;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Starts Debian's Chromium through Playwright. Without /usr/bin/chromium a browser test is skipped on a
 * developer's machine but fails under CI=true: a browser test that skipped in CI did not run.
 */
public final class BrowserSupport {

    public static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    public static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private BrowserSupport() {
    }

    public static void requireChromium() {
        if (!Files.isExecutable(CHROMIUM)) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail("CI=true but " + CHROMIUM + " is missing: install Debian's chromium (see .ci/run)");
            }
            Assumptions.abort("no " + CHROMIUM + " on this machine: apt-get install chromium to run browser tests");
        }
    }

    public static Playwright playwright() {
        return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    public static Browser launch(Playwright playwright) {
        // a loaded 2-core machine (CI, or a build beside this one) can take longer than Playwright's 5 s
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    /** Whether the page's background, as Lumo paints it, is dark (relative luminance under 0.2). */
    public static boolean isDark(com.microsoft.playwright.Page page) {
        return (Boolean) page.evaluate("""
                () => {
                  const colour = getComputedStyle(document.documentElement).backgroundColor;
                  // rgb(...) in 0..255, or color(srgb ...) in 0..1 for a color-mix()
                  const scale = colour.startsWith('color(') ? 255 : 1;
                  const [r, g, b] = colour.replace(/^color\\(srgb/, '').match(/[\\d.]+/g).slice(0, 3).map(n => Number(n) * scale);
                  const lin = c => { c /= 255; return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4); };
                  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b) < 0.2;
                }""");
    }

}
