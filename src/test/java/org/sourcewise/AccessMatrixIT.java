package org.sourcewise;

import static org.sourcewise.AccessMatrixIT.Outcome.FORBIDDEN;
import static org.sourcewise.AccessMatrixIT.Outcome.LOGIN;
import static org.sourcewise.AccessMatrixIT.Outcome.NOT_FOUND;
import static org.sourcewise.AccessMatrixIT.Outcome.OK;
import static org.sourcewise.AccessMatrixIT.Outcome.OWN;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitUntilState;
import com.vaadin.flow.router.RouteBaseData;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sourcewise.accounts.AccountService;
import org.sourcewise.accounts.SystemTask;
import org.sourcewise.classes.ClassService;
import org.sourcewise.content.CourseService;
import org.sourcewise.questions.QuestionBankService;
import org.sourcewise.quizzes.EssayAttempts;
import org.sourcewise.quizzes.GradingService;
import org.sourcewise.quizzes.QuizService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may open what (issue 12): every page and every REST call of the app, each with the answer each of
 * six people must get, decided here once and checked against a running server.
 *
 * <p>The routes and mappings are read from the running app (Vaadin's route registry, Spring MVC's
 * request mappings), not listed by hand, so that a page or call added without a decision in
 * {@link #TABLE} fails the build, and a row for one that went away does too.
 *
 * <p>The six people, around one class A on a copy of the sample course with an essay quiz:
 * <ul>
 *   <li>{@code anon}: not logged in;</li>
 *   <li>{@code stuA}: a student of class A who submitted an attempt at the quiz through class A;</li>
 *   <li>{@code stu2}: another student, in the demo class but not in class A;</li>
 *   <li>{@code teachA}: the instructor of class A (who stands for the course's editor: see below);</li>
 *   <li>{@code teachB}: another instructor, who added stuA to a class B of their own and assigned it
 *       the same quiz, and edits no course;</li>
 *   <li>{@code admin}: the demo admin.</li>
 * </ul>
 * A cell says what the app should do. A failure lists every cell that differs, then the whole table of
 * what each person got.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixIT extends BrowserTest {

    /*
     * Course pages: a course has editors (its creator and co-editors, docs/admin.md); other instructors
     * read its content, preview and assign its quizzes, not change it. teachA is made a co-editor of the
     * fixture's course; teachB, who edits no course, is refused the pages that change it.
     *
     * Refusals look like a missing record everywhere in the browser ("Page not found", 404), so that
     * trying ids tells nothing; the REST API answers 404 for a class the caller does not teach, as for
     * one that does not exist (docs/admin.md), and 403 to a student, who may not use the API at all.
     */
    static final List<Row> TABLE = List.of(
            // route (as Vaadin reports it)     path, filled from the fixture         anon   stuA       stu2                teachA     teachB              admin
            view("",                            "",                                   LOGIN, OK,        OK,                 OK,        OK,                 OK),
            view("login",                       "login",                              OK,    OK,        OK,                 OK,        OK,                 OK),
            view("register",                    "register",                           OK,    OK,        OK,                 OK,        OK,                 OK),
            // a student's own pages
            view("student",                     "student",                            LOGIN, OK,        OK,                 NOT_FOUND, NOT_FOUND,          NOT_FOUND),
            view("lessons",                     "lessons",                            LOGIN, OK,        OK,                 NOT_FOUND, NOT_FOUND,          NOT_FOUND),
            view("practice",                    "practice",                           LOGIN, OK,        OK,                 NOT_FOUND, NOT_FOUND,          NOT_FOUND),
            // a lesson is for the students of a class on its course; staff preview any course's lessons
            view("lesson/{param}",              "lesson/{lesson}",                    LOGIN, OK,        NOT_FOUND,  OK,        OK,                 OK),
            // a course's source, where its citations lead, follows the lessons' rule
            view("course/:slug/source",         "course/{course}/source?p=1",         LOGIN, OK,        NOT_FOUND,  OK,        OK,                 OK),
            view("quiz/{param}",                "quiz/{quiz}",                        LOGIN, OK,        NOT_FOUND,          NOT_FOUND, NOT_FOUND,          NOT_FOUND),
            // stuA's attempt is submitted, so for stuA the attempt page forwards to its review
            view("attempt/{param}",             "attempt/{attempt}",                  LOGIN, OK,        NOT_FOUND,          NOT_FOUND, NOT_FOUND,          NOT_FOUND),
            // the attempt was taken through class A: teachB, who teaches stuA in class B, must not see it
            view("review/{param}",              "review/{attempt}",                   LOGIN, OK,        NOT_FOUND,          OK,        NOT_FOUND,          OK),
            // a class's pages: its instructors and admins
            view("instructor",                  "instructor",                         LOGIN, NOT_FOUND, NOT_FOUND,          OK,        OK,                 NOT_FOUND),
            view("class/{param}",               "class/{classA}",                     LOGIN, NOT_FOUND, NOT_FOUND,          OK,        NOT_FOUND,          OK),
            view("class/:classId/gradebook",    "class/{classA}/gradebook",           LOGIN, NOT_FOUND, NOT_FOUND,          OK,        NOT_FOUND,          OK),
            view("class/:classId/mastery",      "class/{classA}/mastery",             LOGIN, NOT_FOUND, NOT_FOUND,          OK,        NOT_FOUND,          OK),
            view("student/:classId/:userId",    "student/{classA}/{student}",         LOGIN, NOT_FOUND, NOT_FOUND,          OK,        NOT_FOUND,          OK)
                    .showsClassA(AccessMatrixIT::linksToTheAttempt),
            // stuA in class B: teachB (and an admin) see them there, without the attempt made through class A
            view("student/:classId/:userId",    "student/{classB}/{student}",         LOGIN, NOT_FOUND, NOT_FOUND,          NOT_FOUND, OWN,                OWN)
                    .showsClassA(AccessMatrixIT::linksToTheAttempt),
            // teachB has the quiz assigned to class B: statistics, over class B's attempts only
            view("quiz/:quizId/statistics",     "quiz/{quiz}/statistics",             LOGIN, NOT_FOUND, NOT_FOUND,          OK,        OWN,                OK)
                    .showsClassA(AccessMatrixIT::countsAnAttempt),
            // courses: any member of staff reads them, previews their quizzes and assigns them to a class of theirs
            view("courses",                     "courses",                            LOGIN, NOT_FOUND, NOT_FOUND,          OK,        OK,                 OK),
            view("courses/from-article",        "courses/from-article",               LOGIN, NOT_FOUND, NOT_FOUND,          OK,        OK,                 OK),
            view("course/:slug/bank",           "course/{course}/bank",               LOGIN, NOT_FOUND, NOT_FOUND,          OK,        OK,                 OK),
            view("course/:slug/quizzes",        "course/{course}/quizzes",            LOGIN, NOT_FOUND, NOT_FOUND,          OK,        OK,                 OK),
            view("quizzes/:id/preview",         "quizzes/{quiz}/preview",             LOGIN, NOT_FOUND, NOT_FOUND,          OK,        OK,                 OK),
            view("quizzes/:id/assign",          "quizzes/{quiz}/assign",              LOGIN, NOT_FOUND, NOT_FOUND,          OK,        OK,                 OK),
            // ... and only its editors change them
            view("course/:slug/import",         "course/{course}/import",             LOGIN, NOT_FOUND, NOT_FOUND,          OK,        NOT_FOUND,  OK),
            view("course/:slug/bank/new",       "course/{course}/bank/new",           LOGIN, NOT_FOUND, NOT_FOUND,          OK,        NOT_FOUND,  OK),
            view("course/:slug/bank/:id/edit",  "course/{course}/bank/{question}/edit", LOGIN, NOT_FOUND, NOT_FOUND,        OK,        NOT_FOUND,  OK),
            view("quizzes/new",                 "quizzes/new?course={course}",        LOGIN, NOT_FOUND, NOT_FOUND,          OK,        NOT_FOUND,  OK),
            view("quizzes/:id/edit",            "quizzes/{quiz}/edit",                LOGIN, NOT_FOUND, NOT_FOUND,          OK,        NOT_FOUND,  OK),
            // the admin console
            view("admin",                       "admin",                              LOGIN, NOT_FOUND, NOT_FOUND,          NOT_FOUND, NOT_FOUND,          OK),
            view("admin/users",                 "admin/users",                        LOGIN, NOT_FOUND, NOT_FOUND,          NOT_FOUND, NOT_FOUND,          OK),
            view("admin/audit",                 "admin/audit",                        LOGIN, NOT_FOUND, NOT_FOUND,          NOT_FOUND, NOT_FOUND,          OK),

            // REST API: staff only (students 403, anonymous 401), class-scoped like the pages
            //   mapping (as Spring MVC reports it)          path, filled from the fixture              anon   stuA       stu2       teachA             teachB             admin
            api("GET /api/v1/courses",                       "/api/v1/courses",                         LOGIN, FORBIDDEN, FORBIDDEN, OK,                OK,                OK),
            api("GET /api/v1/courses/{slug}/claims",         "/api/v1/courses/{course}/claims",         LOGIN, FORBIDDEN, FORBIDDEN, OK,                OK,                OK),
            api("GET /api/v1/courses/{slug}/questions",      "/api/v1/courses/{course}/questions",      LOGIN, FORBIDDEN, FORBIDDEN, OK,                OK,                OK),
            // a dry run, so that nothing is stored: checking a file changes nothing, so any instructor may
            // (docs/admin.md); adding it is for editors only (CourseEditorsTest)
            api("POST /api/v1/courses/{slug}/questions",     "/api/v1/courses/{course}/questions?format=gift&dryRun=true",
                                                                                                        LOGIN, FORBIDDEN, FORBIDDEN, OK,                OK,                OK),
            api("GET /api/v1/classes",                       "/api/v1/classes",                         LOGIN, FORBIDDEN, FORBIDDEN, OK,                OWN,               OK)
                    .answerShowsClassA(AccessMatrixIT::listsClassA),
            // a class the caller does not teach answers 404, as a missing one, so ids cannot be probed
            api("GET /api/v1/classes/{id}/gradebook",        "/api/v1/classes/{classA}/gradebook",      LOGIN, FORBIDDEN, FORBIDDEN, OK,                NOT_FOUND, OK)
                    .answerShowsClassA(AccessMatrixIT::hasAnAttempt),
            // class B's gradebook leaves out the attempt stuA made through class A, for an admin too
            api("GET /api/v1/classes/{id}/gradebook",        "/api/v1/classes/{classB}/gradebook",      LOGIN, FORBIDDEN, FORBIDDEN, NOT_FOUND, OWN,               OWN)
                    .answerShowsClassA(AccessMatrixIT::hasAnAttempt),
            api("GET /api/v1/quizzes/{id}/statistics",       "/api/v1/quizzes/{quiz}/statistics",       LOGIN, FORBIDDEN, FORBIDDEN, OK,                OWN,               OK)
                    .answerShowsClassA(AccessMatrixIT::countsAnAttemptInJson),
            // backups: admins only (in the test profile an in-memory database, saved as its SQL script)
            api("GET /api/v1/backups",                       "/api/v1/backups",                         LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN,         FORBIDDEN,         OK),
            api("POST /api/v1/backups",                      "/api/v1/backups",                         LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN,         FORBIDDEN,         OK),
            // springdoc's description of the API (its own mappings under /api/docs): public in demo mode, as the test profile runs
            api("GET /api/docs",                             "/api/docs",                               OK,    OK,        OK,        OK,                OK,                OK));

    /** A small GIFT file for the dry-run import: one true/false question citing a claim of the sample course. */
    private static final String GIFT = "// claims: c01\n::Matrix::The bridge opened in January.{T}\n";

    private static final Pattern ATTEMPTS_FIGURE = Pattern.compile("Attempts\\s+(\\d+)");

    // ---------------------------------------------------------------------------------------------------

    /** The answer a person gets; the first five are what a cell may expect, OTHER is anything else. */
    enum Outcome {
        /** The page opens (HTTP 200), or the call answers 200; where the row can tell, with class A's attempt in it. */
        OK,
        /** Opens, or answers 200, but holds nothing of the attempt stuA made through class A. */
        OWN,
        /** Sent to the login page (a page), or 401 problem JSON (a call). */
        LOGIN,
        /** The app's "Page not found" with HTTP 404 (a page), or 404 problem JSON (a call). */
        NOT_FOUND,
        /** 403 problem JSON (a call). */
        FORBIDDEN,
        /** Anything else: an error page, another status, a page of its own that says "not found" with 200. */
        OTHER
    }

    enum Actor {
        ANONYMOUS("anon"), STUDENT("stuA"), OTHER_STUDENT("stu2"), INSTRUCTOR("teachA"), OTHER_INSTRUCTOR("teachB"), ADMIN("admin");

        final String column;

        Actor(String column) {
            this.column = column;
        }
    }

    enum Kind { VIEW, API }

    /**
     * One row: a route or mapping, the path it is opened with, and the expected outcome per actor.
     * {@code pageShowsClassA} / {@code answerShowsClassA}, where given, tell OK (class A's attempt is
     * there) from OWN (it is not), so that a class-scoped page is checked for what it shows, not only
     * for opening.
     */
    record Row(Kind kind, String route, String path, Map<Actor, Outcome> expected,
               @Nullable BiPredicate<Fixture, Page> pageShowsClassA, @Nullable BiPredicate<Fixture, JsonNode> answerShowsClassA) {

        Row showsClassA(BiPredicate<Fixture, Page> check) {
            return new Row(kind, route, path, expected, check, null);
        }

        Row answerShowsClassA(BiPredicate<Fixture, JsonNode> check) {
            return new Row(kind, route, path, expected, null, check);
        }

        String label() {
            return kind == Kind.VIEW ? "/" + path : route.split(" ", 2)[0] + " " + path;
        }
    }

    private static Row view(String route, String path, Outcome... expected) {
        return new Row(Kind.VIEW, route, path, byActor(expected), null, null);
    }

    private static Row api(String mapping, String path, Outcome... expected) {
        return new Row(Kind.API, mapping, path, byActor(expected), null, null);
    }

    private static Map<Actor, Outcome> byActor(Outcome... expected) {
        if (expected.length != Actor.values().length) {
            throw new IllegalArgumentException("a row needs one outcome per actor, " + Arrays.toString(Actor.values()));
        }
        Map<Actor, Outcome> map = new EnumMap<>(Actor.class);
        for (Actor a : Actor.values()) {
            map.put(a, expected[a.ordinal()]);
        }
        return map;
    }

    /** What the table's paths are filled with: class A, its student's attempt, and class B. */
    record Fixture(long classA, long classB, long attempt, long quiz, String course, long lesson, long question, long studentId,
                   Map<Actor, String> usernames) {

        String fill(String path) {
            return path.replace("{classA}", String.valueOf(classA)).replace("{classB}", String.valueOf(classB))
                    .replace("{attempt}", String.valueOf(attempt)).replace("{quiz}", String.valueOf(quiz))
                    .replace("{course}", course).replace("{lesson}", String.valueOf(lesson))
                    .replace("{question}", String.valueOf(question)).replace("{student}", String.valueOf(studentId));
        }

        String password(Actor actor) {
            return actor == Actor.ADMIN ? "demo-admin" : "test-password-1";
        }
    }

    /** What one actor got for one row, with what was seen, for the report. */
    record Actual(Outcome outcome, String seen) {
    }

    // ---------------------------------------------------------------------------------------------------

    @Autowired
    ApplicationContext server;
    @Autowired
    EssayAttempts essays;
    @Autowired
    TestUsers users;
    @Autowired
    ClassService classes;
    @Autowired
    org.sourcewise.classes.InvitationService invitations;
    @Autowired
    org.sourcewise.content.CourseEditors courseEditors;
    @Autowired
    GradingService grading;
    @Autowired
    QuizService quizzes;
    @Autowired
    CourseService courses;
    @Autowired
    QuestionBankService bank;
    @Autowired
    AccountService accounts;

    private Fixture f;

    @BeforeAll
    void buildTheFixture() {
        ServerSecurityContext.use(server);
        EssayAttempts.EssayAttempt essay = essays.create();
        // the essay gets its grade, so that the attempt counts in statistics and a leak shows as a number
        users.run(essay.instructor(), () -> grading.gradeEssay(essay.attemptId(), essay.essayPosition(), 3, ""));
        // teachB's own class (made by EssayAttempts, on the same course) gets stuA and the same quiz
        long classB = users.as(essay.otherInstructor(), () -> classes.teachingClasses()).getFirst().id();
        users.run(essay.otherInstructor(), () -> {
            classes.addStudent(classB, essay.student());
            classes.assignQuiz(classB, essay.quizId(), null);
        });
        // an instructor only invites; stuA accepts, so that teachB really teaches stuA in class B
        long invitation = users.as(essay.student(), () -> invitations.mine()).getFirst().id();
        users.run(essay.student(), () -> invitations.accept(invitation));
        long courseId = SystemTask.call(() -> quizzes.find(essay.quizId()).orElseThrow().courseId());
        // teachA edits the course (as its co-editor, added by an admin); teachB edits none
        users.as("admin", () -> courseEditors.addEditor(courseId, essay.instructor()));
        String slug = SystemTask.call(() -> courses.findCourse(courseId).orElseThrow().slug());
        long lesson = SystemTask.call(() -> courses.lessons(courseId).getFirst().id());
        long question = users.as("admin", () -> bank.entry(courseId, "q1").orElseThrow().questionId());
        long studentId = users.as("admin", () -> accounts.findByUsername(essay.student()).orElseThrow().id().value());
        Map<Actor, String> names = new EnumMap<>(Actor.class);
        names.put(Actor.STUDENT, essay.student());
        names.put(Actor.OTHER_STUDENT, users.newDemoStudent());
        names.put(Actor.INSTRUCTOR, essay.instructor());
        names.put(Actor.OTHER_INSTRUCTOR, essay.otherInstructor());
        names.put(Actor.ADMIN, "admin");
        f = new Fixture(essay.classId(), classB, essay.attemptId(), essay.quizId(), slug, lesson, question, studentId, names);
    }

    // ---------------------------------------------------------------------------------------------------

    @Test
    void every_page_and_every_api_call_of_the_app_has_a_row_in_the_table_and_every_row_still_exists() {
        Map<String, String> routes = vaadinRoutes();
        Map<String, String> mappings = apiMappings();
        // springdoc's own endpoints are the API's description, not the API: one explicit row stands for them
        Map<String, String> decidable = new java.util.TreeMap<>(mappings);
        decidable.values().removeIf(handler -> handler.startsWith("org.springdoc."));
        Set<String> viewRows = rows(Kind.VIEW);
        Set<String> apiRows = rows(Kind.API);

        // all four at once, so that one run lists everything to add and to remove
        SoftAssertions.assertSoftly(soft -> {
            soft.assertThat(missing(routes, viewRows)).as("pages with no access decision in AccessMatrixIT.TABLE (add a row)").isEmpty();
            soft.assertThat(missing(decidable, apiRows)).as("REST calls with no access decision in AccessMatrixIT.TABLE (add a row)").isEmpty();
            soft.assertThat(minus(viewRows, routes.keySet())).as("rows of AccessMatrixIT.TABLE for pages the app no longer has").isEmpty();
            soft.assertThat(minus(apiRows, mappings.keySet())).as("rows of AccessMatrixIT.TABLE for REST calls the app no longer has").isEmpty();
        });
    }

    @Test
    void each_of_the_six_people_gets_the_decided_answer_on_every_page() {
        List<Row> rows = TABLE.stream().filter(r -> r.kind() == Kind.VIEW).toList();
        Map<Row, Map<Actor, Actual>> actual = new java.util.LinkedHashMap<>();
        rows.forEach(r -> actual.put(r, new EnumMap<>(Actor.class)));
        for (Actor actor : Actor.values()) {
            // one browser context (one session) per person, reused for every page
            try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
                Page page = context.newPage();
                page.setDefaultTimeout(30_000);
                if (actor != Actor.ANONYMOUS) {
                    logIn(page, f.usernames().get(actor), f.password(actor));
                }
                for (Row row : rows) {
                    actual.get(row).put(actor, open(page, row));
                }
            }
        }
        assertMatches("pages", actual);
    }

    @Test
    void each_of_the_six_people_gets_the_decided_answer_from_every_api_call() throws Exception {
        List<Row> rows = TABLE.stream().filter(r -> r.kind() == Kind.API).toList();
        Map<Row, Map<Actor, Actual>> actual = new java.util.LinkedHashMap<>();
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
            for (Row row : rows) {
                Map<Actor, Actual> cells = new EnumMap<>(Actor.class);
                for (Actor actor : Actor.values()) {
                    cells.put(actor, call(http, row, actor));
                }
                actual.put(row, cells);
            }
        }
        assertMatches("REST calls", actual);
    }

    // --- discovery -------------------------------------------------------------------------------------

    /**
     * Every route and route alias Vaadin registered (with the view that answers it), its URL parameter
     * written {param} and parameter regexes left out.
     */
    private Map<String, String> vaadinRoutes() {
        var servletContext = ((WebApplicationContext) server).getServletContext();
        ApplicationRouteRegistry registry = ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext));
        Map<String, String> found = new java.util.TreeMap<>();
        for (var route : registry.getRegisteredRoutes()) {
            Stream.concat(Stream.of(route.getTemplate()), route.getRouteAliases().stream().map(RouteBaseData::getTemplate))
                    .forEach(t -> found.put(readable(t), route.getNavigationTarget().getSimpleName()));
        }
        return found;
    }

    static String readable(String template) {
        return template.replaceAll(":___url_parameter(\\([^/]*\\))?", "{param}").replaceAll("(:\\w+\\??)\\([^/]*\\)", "$1");
    }

    /** Every Spring MVC mapping under /api/, as "METHOD /pattern" (ANY when it takes every method), with its handler. */
    private Map<String, String> apiMappings() {
        Map<String, String> found = new java.util.TreeMap<>();
        for (RequestMappingHandlerMapping mapping : server.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mapping.getHandlerMethods().entrySet()) {
                RequestMappingInfo info = e.getKey();
                String handler = e.getValue().getBeanType().getName() + "#" + e.getValue().getMethod().getName();
                Set<String> methods = info.getMethodsCondition().getMethods().stream().map(Enum::name)
                        .collect(Collectors.toCollection(TreeSet::new));
                for (String pattern : info.getPatternValues()) {
                    if (pattern.startsWith("/api/")) {
                        (methods.isEmpty() ? Set.of("ANY") : methods).forEach(m -> found.put(m + " " + pattern, handler));
                    }
                }
            }
        }
        return found;
    }

    private static Set<String> rows(Kind kind) {
        return TABLE.stream().filter(r -> r.kind() == kind).map(Row::route).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The app's routes or mappings that no row names, each with what answers it. */
    private static List<String> missing(Map<String, String> inApp, Set<String> inTable) {
        return inApp.entrySet().stream().filter(e -> !inTable.contains(e.getKey())).map(e -> e.getKey() + "  (" + e.getValue() + ")").toList();
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }

    // --- pages -----------------------------------------------------------------------------------------

    private void logIn(Page page, String username, String password) {
        page.navigate(base() + "/login");
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").first().fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        page.waitForURL(url -> !url.contains("/login"));
        page.locator("h1").first().waitFor();
    }

    private Actual open(Page page, Row row) {
        String path = f.fill(row.path());
        // the heading, not the page's load event, says the view is there: waiting for images and fonts would only slow each cell
        Response response = page.navigate(base() + "/" + path, new Page.NavigateOptions().setWaitUntil(WaitUntilState.DOMCONTENTLOADED));
        int status = response == null ? -1 : response.status();
        Locator h1 = page.locator("h1").first();
        String heading;
        try {
            h1.waitFor(new Locator.WaitForOptions().setTimeout(20_000));
            heading = h1.innerText().strip();
        } catch (com.microsoft.playwright.TimeoutError e) {
            heading = "(no h1)";
        }
        String at = URI.create(page.url()).getPath();
        String seen = status + " " + at + " h1 '" + heading + "'";
        if (at.equals("/login") && !path.startsWith("login")) {
            return new Actual(LOGIN, seen);
        }
        if (status == 404 && heading.equals("Page not found")) {
            return new Actual(NOT_FOUND, seen);
        }
        if (status != 200 || heading.matches("(?i)no such .*|.*not found|this page could not be opened|\\(no h1\\)")) {
            return new Actual(Outcome.OTHER, seen);
        }
        if (row.pageShowsClassA() != null) {
            return new Actual(row.pageShowsClassA().test(f, page) ? OK : OWN, seen);
        }
        return new Actual(OK, seen);
    }

    /** A student's results page shows class A's attempt when it links to its review. */
    private static boolean linksToTheAttempt(Fixture f, Page page) {
        return page.locator("a[href$='review/" + f.attempt() + "']").count() > 0;
    }

    /** The statistics page counts class A's attempt when its "Attempts" figure is above zero. */
    private static boolean countsAnAttempt(Fixture f, Page page) {
        Locator summary = page.locator(".stat-summary");
        summary.waitFor();
        Matcher m = ATTEMPTS_FIGURE.matcher(summary.innerText());
        return m.find() && Integer.parseInt(m.group(1)) > 0;
    }

    // --- REST ------------------------------------------------------------------------------------------

    private Actual call(HttpClient http, Row row, Actor actor) throws Exception {
        String method = row.route().split(" ", 2)[0];
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + f.fill(row.path()))).timeout(Duration.ofSeconds(30));
        if (method.equals("POST")) {
            request.POST(HttpRequest.BodyPublishers.ofString(GIFT)).header("Content-Type", "text/plain; charset=UTF-8");
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        if (actor != Actor.ANONYMOUS) {
            String credentials = f.usernames().get(actor) + ":" + f.password(actor);
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        int status = answer.statusCode();
        String type = answer.headers().firstValue("Content-Type").orElse("");
        String seen = status + " " + type.split(";")[0];
        boolean problem = type.startsWith("application/problem+json");
        if (status == 401 && problem) {
            return new Actual(LOGIN, seen);
        }
        if (status == 403 && problem) {
            return new Actual(FORBIDDEN, seen);
        }
        if (status == 404 && problem) {
            return new Actual(NOT_FOUND, seen);
        }
        if (status != 200 && status != 201) {
            return new Actual(Outcome.OTHER, seen);
        }
        if (row.answerShowsClassA() != null) {
            return new Actual(row.answerShowsClassA().test(f, JsonMapper.shared().readTree(answer.body())) ? OK : OWN, seen);
        }
        return new Actual(OK, seen);
    }

    private static boolean listsClassA(Fixture f, JsonNode classes) {
        for (int i = 0; i < classes.size(); i++) {
            if (classes.get(i).path("id").asLong() == f.classA()) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasAnAttempt(Fixture f, JsonNode gradebook) {
        for (int i = 0; i < gradebook.size(); i++) {
            if (gradebook.get(i).path("attempts").asInt() > 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean countsAnAttemptInJson(Fixture f, JsonNode statistics) {
        return statistics.path("attempts").asInt() + statistics.path("leftOutAwaitingGrading").asInt() > 0;
    }

    // --- report ----------------------------------------------------------------------------------------

    private String base() {
        return "http://localhost:" + port;
    }

    /** Fails once, with every row's actual answers and each cell that differs from the table, if any does. */
    private static void assertMatches(String what, Map<Row, Map<Actor, Actual>> actual) {
        List<String> wrong = new ArrayList<>();
        Map<Row, Map<Actor, String>> cells = new java.util.LinkedHashMap<>();
        actual.forEach((row, got) -> {
            Map<Actor, String> line = new EnumMap<>(Actor.class);
            for (Actor a : Actor.values()) {
                Outcome expected = row.expected().get(a);
                Actual cell = got.get(a);
                if (cell.outcome() == expected) {
                    line.put(a, cell.outcome().name());
                } else {
                    line.put(a, "✗ " + cell.outcome() + " (want " + expected + ")");
                    wrong.add(String.format("%s as %s: expected %s, got %s [%s]", row.label(), a.column, expected, cell.outcome(), cell.seen()));
                }
            }
            cells.put(row, line);
        });
        if (wrong.isEmpty()) {
            return;
        }
        int first = actual.keySet().stream().mapToInt(r -> r.label().length()).max().orElse(10);
        Map<Actor, Integer> widths = new EnumMap<>(Actor.class);
        for (Actor a : Actor.values()) {
            widths.put(a, Math.max(a.column.length(), cells.values().stream().mapToInt(l -> l.get(a).length()).max().orElse(0)));
        }
        StringBuilder table = new StringBuilder(String.format("%-" + first + "s", ""));
        for (Actor a : Actor.values()) {
            table.append(String.format(" | %-" + widths.get(a) + "s", a.column));
        }
        table.append('\n');
        cells.forEach((row, line) -> {
            table.append(String.format("%-" + first + "s", row.label()));
            for (Actor a : Actor.values()) {
                table.append(String.format(" | %-" + widths.get(a) + "s", line.get(a)));
            }
            table.append('\n');
        });
        throw new AssertionError(wrong.size() + " of the " + what + "' cells differ from AccessMatrixIT.TABLE:\n"
                + String.join("\n", wrong) + "\n\nWhat each person got:\n" + table);
    }
}
