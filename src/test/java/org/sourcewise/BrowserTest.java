package org.sourcewise;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the real-browser tests (*IT, run by Failsafe): one Chromium per test class, the server's
 * port, and a screenshot helper. Subclasses add @SpringBootTest(webEnvironment = RANDOM_PORT).
 */
public abstract class BrowserTest {

    protected static Playwright playwright;
    protected static Browser browser;

    @LocalServerPort
    protected int port;

    @Autowired
    private ApplicationContext server;

    @BeforeEach
    void useThisServersSecurityContext() {
        ServerSecurityContext.use(server);
    }

    @BeforeAll
    static void startBrowser() {
        BrowserSupport.requireChromium();
        playwright = BrowserSupport.playwright();
        browser = BrowserSupport.launch(playwright);
    }

    @AfterAll
    static void stopBrowser() {
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }

    protected static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(BrowserSupport.SCREENSHOTS.resolve(name + ".png")));
    }
}
