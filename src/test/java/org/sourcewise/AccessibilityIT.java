package org.sourcewise;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import com.vaadin.flow.router.RouteBaseData;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sourcewise.accounts.AccountService;
import org.sourcewise.accounts.SystemTask;
import org.sourcewise.classes.ClassService;
import org.sourcewise.content.CourseService;
import org.sourcewise.questions.QuestionBankService;
import org.sourcewise.quizzes.QuizService;
import org.sourcewise.quizzes.TestAnswers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.context.WebApplicationContext;

/**
 * WCAG 2.2 AA, tested (issue 18): axe-core checks every page of the app as each role can open it, at
 * desktop and at phone width, with the WCAG 2.0, 2.1 and 2.2 A and AA rules, and expects no
 * violation. The routes are read from the running app (Vaadin's route registry), so a page added
 * without a visit here fails the build, as AccessMatrixIT does for access decisions.
 *
 * <p>The people: a visitor, a new student of the demo class (with a submitted attempt and an open
 * one, so that the results, review and quiz pages have something to show), and the demo instructor
 * and admin, who edit and run the demo course and class; and the app's "Page not found", which is no
 * route but a page people meet. docs/accessibility.md says what is checked and what is allowed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityIT extends BrowserTest {

    /** WCAG 2.2 level A and AA, as axe-core tags its rules (2.2 added only AA rules that axe checks). */
    static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    static final String COURSE = "russia-north-korea-2017";

    /**
     * Routes with no page of their own to check, each with why. Keep this short: a page listed here is
     * a page no one checks.
     */
    static final Map<String, String> NOT_VISITED = Map.of(
            // RootView forwards at once to the home of the user's role (or the login page), which are visited
            "", "forwards to a home page and renders nothing");

    /**
     * Violations that come from inside a Vaadin component and that the app cannot fix, each by rule and
     * by a piece of the element's selector, with why. Never a whole rule.
     */
    static final List<Allowed> ALLOWED = List.of(
            // vaadin-grid makes one cell of each grid a tab stop (roving tabindex, for its arrow-key
            // navigation): axe counts that <td> as a pointer target, and a link in it (at least 24 px
            // itself) "obscures" it. Clicking the cell does nothing; the link is the target.
            new Allowed("target-size", "[vaadin-grid, #vaadin-grid-cell-",
                    "vaadin-grid's keyboard focus cell is not a pointer target; the link in it is 24 px tall"),
            // axe composites the modality curtain of a Vaadin dialog (in its shadow DOM, drawn behind
            // the dialog in the top layer) over the dialog's footer, and measures the tertiary cancel
            // button's blue (#005fdb) against the dimmed page (#d1d7dd, 3.95:1); on the footer it is
            // really drawn on (about #f4f5f7) it is about 5.3:1. axe-core issues 3464 and 4441.
            new Allowed("color-contrast", "vaadin-button[slot=\"cancel-button\"]",
                    "axe mixes the dialog's backdrop into the footer's background; the real contrast is about 5.3:1"));

    record Allowed(String rule, String selectorPart, String why) {
        boolean covers(String ruleId, String target) {
            return rule.equals(ruleId) && target.contains(selectorPart);
        }
    }

    enum Person { VISITOR, STUDENT, INSTRUCTOR, ADMIN }

    enum Width {
        DESKTOP(1280, 900), PHONE(390, 844);

        final int width;
        final int height;

        Width(int width, int height) {
            this.width = width;
            this.height = height;
        }
    }

    /**
     * A page to check: the route as Vaadin reports it, the path it is opened at, what to do there
     * first, and for an error page the heading it must show (null for any other page).
     */
    record Visit(String route, String path, @Nullable Consumer<Page> then, String label, @Nullable String errorHeading) {
    }

    private static Visit visit(String route, String path) {
        return new Visit(route, path, null, path, null);
    }

    private static Visit visit(String route, String path, String what, Consumer<Page> then) {
        return new Visit(route, path, then, path + " (" + what + ")", null);
    }

    /** The app's "Page not found", which is no route of its own but a page people meet. */
    private static Visit pageNotFound() {
        return new Visit("(error page)", "no-such-page", null, "no-such-page (page not found)", "Page not found");
    }

    // ---------------------------------------------------------------------------------------------------

    @Autowired
    ApplicationContext server;
    @Autowired
    TestUsers users;
    @Autowired
    TestAnswers answers;
    @Autowired
    ClassService classes;
    @Autowired
    CourseService courses;
    @Autowired
    QuizService quizzes;
    @Autowired
    QuestionBankService bank;
    @Autowired
    AccountService accounts;

    private final Map<Person, List<Visit>> visits = new EnumMap<>(Person.class);
    private final Map<Person, String[]> logins = new EnumMap<>(Person.class);

    @BeforeAll
    void buildTheFixture() {
        ServerSecurityContext.use(server);
        long courseId = SystemTask.call(() -> courses.findCourse(COURSE).orElseThrow().id());
        long checkpoint1 = SystemTask.call(() -> quizzes.find(courseId, "checkpoint-1").orElseThrow().id());
        long checkpoint2 = SystemTask.call(() -> quizzes.find(courseId, "checkpoint-2").orElseThrow().id());
        long finalQuiz = SystemTask.call(() -> quizzes.find(courseId, "final").orElseThrow().id());
        long lesson = SystemTask.call(() -> courses.lessons(courseId).getFirst().id());
        long question = users.as("admin", () -> bank.entry(courseId, "q-l1-01").orElseThrow().questionId());
        long demoClass = users.as("instructor", () -> classes.teachingClasses()).getFirst().id();
        // a new student of the demo class, so that other tests' attempts do not change what is shown
        String student = users.newDemoStudent();
        long studentId = users.as("admin", () -> accounts.findByUsername(student).orElseThrow().id().value());
        long submitted = answers.take(student, checkpoint1, 3).id();
        long open = answers.start(student, checkpoint2, 2);

        logins.put(Person.STUDENT, new String[] {student, "test-password-1"});
        logins.put(Person.INSTRUCTOR, new String[] {"instructor", "demo-instructor"});
        logins.put(Person.ADMIN, new String[] {"admin", "demo-admin"});

        visits.put(Person.VISITOR, List.of(
                visit("login", "login"),
                visit("register", "register")));

        List<Visit> bothReaders = List.of(
                visit("lesson/{param}", "lesson/" + lesson),
                visit("course/:slug/source", "course/" + COURSE + "/source?p=3"));
        visits.put(Person.STUDENT, concat(List.of(
                visit("student", "student"),
                visit("lessons", "lessons"),
                visit("practice", "practice"),
                visit("quiz/{param}", "quiz/" + finalQuiz),
                visit("attempt/{param}", "attempt/" + open),
                visit("attempt/{param}", "attempt/" + open, "the finish dialog", AccessibilityIT::openFinishDialog),
                visit("review/{param}", "review/" + submitted),
                pageNotFound()), bothReaders));

        // what staff open: the demo instructor edits the demo course and teaches the demo class; an admin sees all
        List<Visit> staff = concat(List.of(
                visit("class/{param}", "class/" + demoClass),
                visit("class/:classId/gradebook", "class/" + demoClass + "/gradebook"),
                visit("class/:classId/mastery", "class/" + demoClass + "/mastery"),
                visit("student/:classId/:userId", "student/" + demoClass + "/" + studentId),
                visit("review/{param}", "review/" + submitted),
                visit("quiz/:quizId/statistics", "quiz/" + checkpoint1 + "/statistics"),
                visit("courses", "courses"),
                visit("courses/from-article", "courses/from-article"),
                visit("courses/from-article", "courses/from-article", "the candidates", AccessibilityIT::proposeClaims),
                visit("course/:slug/bank", "course/" + COURSE + "/bank"),
                visit("course/:slug/bank/new", "course/" + COURSE + "/bank/new"),
                visit("course/:slug/bank/:id/edit", "course/" + COURSE + "/bank/" + question + "/edit"),
                visit("course/:slug/import", "course/" + COURSE + "/import"),
                visit("course/:slug/quizzes", "course/" + COURSE + "/quizzes"),
                visit("quizzes/:id/preview", "quizzes/" + checkpoint1 + "/preview"),
                visit("quizzes/:id/assign", "quizzes/" + checkpoint1 + "/assign"),
                visit("quizzes/new", "quizzes/new?course=" + COURSE),
                visit("quizzes/:id/edit", "quizzes/" + checkpoint1 + "/edit")), bothReaders);
        visits.put(Person.INSTRUCTOR, concat(List.of(visit("instructor", "instructor")), staff));
        visits.put(Person.ADMIN, concat(List.of(
                visit("admin", "admin"),
                visit("admin/users", "admin/users"),
                visit("admin/audit", "admin/audit")), staff));
    }

    private static List<Visit> concat(List<Visit> a, List<Visit> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }

    // the grid of candidates and the editor beside it
    private static void proposeClaims(Page page) {
        page.locator("#article-title input").fill("The Harbour Tram Returns");
        page.locator("#article-text textarea").fill(org.sourcewise.content.drafting.Articles.text(
                org.sourcewise.content.drafting.Articles.TRAM));
        page.locator("#propose-claims").click();
        page.locator("#candidate-editor #editor-title").waitFor();
    }

    private static void openFinishDialog(Page page) {
        page.locator("#finish").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit and finish")).waitFor();
    }

    // ---------------------------------------------------------------------------------------------------

    @Test
    void every_page_of_the_app_is_checked_by_axe_or_says_why_not() {
        Map<String, String> routes = vaadinRoutes();
        Set<String> visited = new TreeSet<>();
        visits.values().forEach(list -> list.stream().filter(v -> v.errorHeading() == null).forEach(v -> visited.add(v.route())));
        visited.addAll(NOT_VISITED.keySet());

        Set<String> unchecked = new TreeSet<>();
        routes.forEach((route, view) -> {
            if (!visited.contains(route)) {
                unchecked.add(route + "  (" + view + ")");
            }
        });
        Set<String> gone = new TreeSet<>(visited);
        gone.removeAll(routes.keySet());
        assertThat(unchecked).as("pages that no one visits in AccessibilityIT (add a visit for each role that opens them)").isEmpty();
        assertThat(gone).as("visits in AccessibilityIT to routes the app no longer has").isEmpty();
    }

    static Stream<Arguments> everyoneAtEachWidth() {
        // -Da11y.runs=<regex> over "PERSON WIDTH" (e.g. "STUDENT PHONE") runs only some while fixing them
        String only = System.getProperty("a11y.runs", ".*");
        return Stream.of(Person.values()).flatMap(p -> Stream.of(Width.values()).filter(w -> (p + " " + w).matches(only))
                .map(w -> Arguments.of(p, w)));
    }

    @ParameterizedTest(name = "{0} at {1} width")
    @MethodSource("everyoneAtEachWidth")
    void every_page_a_person_can_open_has_no_wcag_2_2_aa_violation(Person person, Width width) {
        List<String> found = new ArrayList<>();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width.width, width.height))) {
            Page page = context.newPage();
            page.setDefaultTimeout(30_000);
            if (person != Person.VISITOR) {
                logIn(page, logins.get(person)[0], logins.get(person)[1]);
            }
            for (Visit v : visits.get(person)) {
                if (!v.label().matches(System.getProperty("a11y.only", ".*"))) {
                    continue; // -Da11y.only=<regex> checks only some pages while fixing them
                }
                try {
                    found.addAll(check(page, v, person, width));
                } catch (RuntimeException | AssertionError e) {
                    // one page that cannot be opened must not hide what the others would report
                    found.add("/" + v.label() + ": could not be checked: " + abbreviate(String.valueOf(e.getMessage()).replaceAll("\\s+", " ")));
                }
            }
        }
        found.forEach(line -> System.out.println(person + " " + width + " " + line));
        assertThat(found).as("WCAG 2.2 AA violations for %s at %s width", person, width).isEmpty();
    }

    /** Opens the page, does what the visit asks, and runs axe: the violations not allowed, one line each. */
    private List<String> check(Page page, Visit v, Person person, Width width) {
        page.navigate(base() + "/" + v.path());
        settle(page);
        String heading = page.locator("h1").first().innerText().strip();
        if (v.errorHeading() != null) {
            assertThat(heading).as("the heading of /%s", v.path()).isEqualTo(v.errorHeading());
        } else {
            // a refusal or an error page would pass axe in the page's place
            assertThat(heading).as("the heading of /%s", v.path()).doesNotMatch("(?i)page not found|this page could not be opened|no such .*");
        }
        // ... and so would the login page, for a page that forwarded there
        assertThat(page.url()).as("/%s as %s", v.path(), person).matches(".*/" + java.util.regex.Pattern.quote(
                v.path().replaceAll("\\?.*", "")) + "(\\?.*)?");
        if (v.then() != null) {
            v.then().accept(page);
            settle(page);
        }
        if (Boolean.getBoolean("a11y.screenshots")) {
            shot(page, "a11y-" + person.name().toLowerCase() + "-" + width.name().toLowerCase() + "-"
                    + v.label().replaceAll("[^a-zA-Z0-9]+", "-"));
        }
        AxeResults results = new AxeBuilder(page).withTags(WCAG_22_AA).analyze();
        assertThat(results.isErrored()).as("axe-core failed on %s: %s", v.label(), results.getErrorMessage()).isFalse();
        List<String> found = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                String target = String.valueOf(node.getTarget());
                if (ALLOWED.stream().noneMatch(a -> a.covers(rule.getId(), target))) {
                    found.add(String.format("/%s: %s (%s) at %s%n    %s%n    %s%s", v.label(), rule.getId(), rule.getHelp(),
                            target, abbreviate(node.getHtml()), node.getFailureSummary().replace("\n", " "), related(node)));
                }
            }
        }
        return found;
    }

    // ---------------------------------------------------------------------------------------------------

    private void logIn(Page page, String username, String password) {
        page.navigate(base() + "/login");
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").first().fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        page.waitForURL(url -> !url.contains("/login"));
        page.locator("h1").first().waitFor();
    }

    /** Waits until the view is drawn (its heading) and Vaadin has nothing left to send or receive. */
    private static void settle(Page page) {
        page.locator("h1").first().waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())");
        // overlays fade in: a half-transparent text would be measured for contrast mid-animation
        page.waitForFunction("() => document.getAnimations().every(a => a.playState !== 'running'"
                + " || a.effect == null || a.effect.getTiming().iterations === Infinity)");
    }

    /** The other elements a check names (what overlaps a target, the text a link stands in), if any. */
    private static String related(CheckedNode node) {
        List<String> targets = Stream.of(node.getAny(), node.getAll(), node.getNone())
                .filter(java.util.Objects::nonNull).flatMap(List::stream)
                .filter(c -> c.getRelatedNodes() != null).flatMap(c -> c.getRelatedNodes().stream())
                .map(n -> String.valueOf(n.getTarget())).distinct().toList();
        return targets.isEmpty() ? "" : String.format("%n    related: %s", String.join(", ", targets));
    }

    private static String abbreviate(String html) {
        return html.length() > 200 ? html.substring(0, 200) + "..." : html;
    }

    /** Every route and route alias Vaadin registered, written as AccessMatrixIT writes them, with its view. */
    private Map<String, String> vaadinRoutes() {
        var servletContext = ((WebApplicationContext) server).getServletContext();
        ApplicationRouteRegistry registry = ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext));
        Map<String, String> found = new TreeMap<>();
        for (var route : registry.getRegisteredRoutes()) {
            Stream.concat(Stream.of(route.getTemplate()), route.getRouteAliases().stream().map(RouteBaseData::getTemplate))
                    .forEach(t -> found.put(AccessMatrixIT.readable(t), route.getNavigationTarget().getSimpleName()));
        }
        return found;
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
