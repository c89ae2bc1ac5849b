package org.sourcewise.base.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ReducedMotion;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sourcewise.BrowserTest;
import org.sourcewise.TestUsers;
import org.sourcewise.quizzes.TestQuizzes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * prefers-reduced-motion (issue 18, WCAG 2.3.3): with the system asking for less motion, the app's
 * animated elements, Vaadin's and ours, neither slide nor fade. The same checks without the request
 * find motion, so they are able to fail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReducedMotionInBrowserIT extends BrowserTest {

    @Autowired
    TestUsers users;
    @Autowired
    TestQuizzes quizzes;

    /**
     * The longest transition or animation, in ms, that the computed styles give a few elements that move:
     * the app layout's navigation bar and drawer (they slide), a button's ripple (::after, it fades) and a
     * text field's label (its colour fades), all inside Vaadin's shadow roots or on their hosts.
     */
    private static final String DURATIONS = """
            () => {
              const ms = v => Math.max(...v.split(',').map(t => t.trim().endsWith('ms') ? parseFloat(t) : parseFloat(t) * 1000));
              const longest = s => Math.max(ms(s.transitionDuration), s.animationName === 'none' ? 0 : ms(s.animationDuration));
              const layout = document.querySelector('vaadin-app-layout').shadowRoot;
              const button = document.querySelector('vaadin-button');
              return {
                'app layout navbar': longest(getComputedStyle(layout.querySelector('[part~=navbar]'))),
                'app layout drawer': longest(getComputedStyle(layout.querySelector('[part~=drawer]'))),
                'button ripple (::after)': longest(getComputedStyle(button, '::after')),
              };
            }""";

    /** Records every animation and transition that starts from now on, anywhere in the page, with its duration. */
    private static void recordMotion(Page page) {
        page.evaluate("""
                () => {
                  window.__motion = [];
                  const seen = new Set();
                  // Vaadin's overlays animate inside shadow roots, which document.getAnimations() leaves out
                  const roots = () => {
                    const found = [document];
                    const walk = root => root.querySelectorAll('*').forEach(e => { if (e.shadowRoot) { found.push(e.shadowRoot); walk(e.shadowRoot); } });
                    walk(document);
                    return found;
                  };
                  const tick = () => {
                    for (const a of roots().flatMap(r => r.getAnimations())) {
                      if (seen.has(a)) continue;
                      seen.add(a);
                      const t = a.effect && a.effect.getTiming();
                      const target = a.effect && a.effect.target;
                      window.__motion.push({ what: (a.animationName || a.transitionProperty || 'animation') + ' on '
                          + (target ? target.localName + (target.getAttribute('part') ? '[part=' + target.getAttribute('part') + ']' : '') : '?'),
                        ms: t ? Number(t.duration) || 0 : 0 });
                    }
                    window.__motionFrame = requestAnimationFrame(tick);
                  };
                  tick();
                }""");
    }

    /** What moved since {@link #recordMotion} for longer than a frame's hundredth (1 ms), one line each. */
    @SuppressWarnings("unchecked")
    private static List<String> motionRecorded(Page page) {
        List<Map<String, Object>> motion = (List<Map<String, Object>>) page.evaluate(
                "() => { cancelAnimationFrame(window.__motionFrame); return window.__motion; }");
        return motion.stream().filter(m -> ((Number) m.get("ms")).doubleValue() > 1)
                // Lumo's overlay hosts run "lumo-overlay-dummy-animation" (opacity 1 to 1: nothing moves) so
                // that closing waits for their parts' animations; the host sits in a shadow root we cannot style
                .filter(m -> !String.valueOf(m.get("what")).startsWith("lumo-overlay-dummy-animation"))
                .map(m -> m.get("what") + " " + m.get("ms") + " ms").toList();
    }

    private Page logIn(BrowserContext context, String username) {
        Page page = context.newPage();
        page.setDefaultTimeout(30_000);
        page.navigate("http://localhost:" + port + "/login");
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").first().fill("test-password-1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();
        return page;
    }

    /** Opens the drawer on a phone, the theme menu, and the finish dialog of a quiz: what moves, if anything. */
    private List<String> motionOfAVisit(BrowserContext phone, long quiz) {
        Page page = logIn(phone, users.newDemoStudent());
        recordMotion(page);
        page.locator("vaadin-drawer-toggle").click();
        page.locator("vaadin-side-nav-item").first().waitFor();
        page.keyboard().press("Escape");
        page.locator("#theme-switch vaadin-menu-bar-button:not([slot=overflow])").click();
        page.locator("vaadin-menu-bar-item").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Light")).waitFor();
        page.waitForTimeout(400);
        page.keyboard().press("Escape");
        List<String> moved = new java.util.ArrayList<>(motionRecorded(page));
        page.navigate("http://localhost:" + port + "/quiz/" + quiz);
        page.locator("#start-attempt").click();
        page.locator("#finish").waitFor();
        recordMotion(page);
        page.locator("#finish").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit and finish")).waitFor();
        page.waitForTimeout(400);
        moved.addAll(motionRecorded(page));
        return moved;
    }

    @Test
    void with_reduced_motion_asked_for_nothing_slides_or_fades() {
        long quiz = quizzes.forDemoClass("Motion ", null, List.of("q-l1-01", "q-l1-02"));
        try (BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
                .setReducedMotion(ReducedMotion.REDUCE))) {
            Page page = logIn(phone, users.newDemoStudent());
            @SuppressWarnings("unchecked")
            Map<String, Number> durations = (Map<String, Number>) page.evaluate(DURATIONS);
            assertThat(durations).as("the longest motion of each element, in ms").hasSize(3)
                    .allSatisfy((element, ms) -> assertThat(ms.doubleValue()).as(element).isLessThanOrEqualTo(0.01));

            assertThat(motionOfAVisit(phone, quiz)).as("what moved opening the drawer, a menu and a dialog").isEmpty();
        }
    }

    @Test
    void without_the_request_the_same_elements_move_so_the_checks_can_fail() {
        long quiz = quizzes.forDemoClass("Motion ", null, List.of("q-l1-01", "q-l1-02"));
        try (BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
                .setReducedMotion(ReducedMotion.NO_PREFERENCE))) {
            Page page = logIn(phone, users.newDemoStudent());
            @SuppressWarnings("unchecked")
            Map<String, Number> durations = (Map<String, Number>) page.evaluate(DURATIONS);
            assertThat(durations).as("the longest motion of each element, in ms").hasSize(3)
                    .allSatisfy((element, ms) -> assertThat(ms.doubleValue()).as(element).isGreaterThan(50));

            List<String> moved = motionOfAVisit(phone, quiz);
            System.out.println("motion without reduced motion: " + moved);
            assertThat(moved).as("what moved opening the drawer, a menu and a dialog")
                    .anyMatch(m -> m.startsWith("vaadin-dialog-enter")).anyMatch(m -> m.contains("menu-overlay-enter")).anyMatch(m -> m.startsWith("transform on div[part=drawer]"));
        }
    }
}
