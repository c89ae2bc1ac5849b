package org.sourcewise;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sourcewise.AccessibilityIT.Theme;
import org.sourcewise.accounts.AccountService;
import org.sourcewise.accounts.SystemTask;
import org.sourcewise.classes.ClassService;
import org.sourcewise.content.CourseService;
import org.sourcewise.quizzes.QuizService;
import org.sourcewise.quizzes.TestAnswers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * axe-core on every dialog of the app (issue 18), open, in the light and the dark theme: a dialog is
 * drawn in the browser's top layer over a dimmed page, which AccessibilityIT's page visits never open
 * (but one). A dialog added to the code without a visit here fails the build.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DialogsInBrowserIT extends BrowserTest {

    /** Where the app makes its dialogs, and how many each file makes: what {@link #dialogs} opens. */
    static final Map<String, Integer> DIALOGS_IN_CODE = Map.of(
            "quizzes/ui/QuizTakingView.java", 1, // finish the attempt (ConfirmDialog)
            "quizzes/ui/QuizBuilderView.java", 1, // add a question from the bank
            "reports/ui/StudentResultsView.java", 1, // give an open attempt time back
            "classes/ui/AccommodationDialog.java", 1, // accommodations for a quiz
            "accounts/ui/UsersView.java", 3); // new user, reset a password, the generated password

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
    AccountService accounts;

    private String student;
    private long studentId;
    private long openAttempt;
    private long demoClass;
    private long checkpoint1;

    @BeforeAll
    void aStudentWithAnOpenTimedAttempt() {
        ServerSecurityContext.use(server);
        long courseId = SystemTask.call(() -> courses.findCourse(AccessibilityIT.COURSE).orElseThrow().id());
        checkpoint1 = SystemTask.call(() -> quizzes.find(courseId, "checkpoint-1").orElseThrow().id());
        long checkpoint2 = SystemTask.call(() -> quizzes.find(courseId, "checkpoint-2").orElseThrow().id());
        demoClass = users.as("instructor", () -> classes.teachingClasses()).getFirst().id();
        student = users.newDemoStudent();
        studentId = users.as("admin", () -> accounts.findByUsername(student).orElseThrow().id().value());
        openAttempt = answers.start(student, checkpoint2, 2); // checkpoint 2 has a time limit
    }

    /** A dialog to check: who opens it, where, what opens it, and what shows it is open. */
    record Dialog(String name, String user, String password, String path, Consumer<Page> open, String openWhen) {
    }

    private List<Dialog> dialogs() {
        String newUser = Unique.name("dialog");
        return List.of(
                new Dialog("finish the attempt", student, "test-password-1", "attempt/" + openAttempt,
                        p -> p.locator("#finish").click(), "vaadin-button:has-text('Submit and finish')"),
                new Dialog("add a question from the bank", "instructor", "demo-instructor", "quizzes/" + checkpoint1 + "/edit",
                        p -> button(p, "Add a question from the bank").click(), "#question-filter"),
                new Dialog("accommodations", "instructor", "demo-instructor", "class/" + demoClass,
                        p -> p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Accommodations for"))).first().click(),
                        "#grant-accommodation"),
                new Dialog("give time back", "instructor", "demo-instructor", "student/" + demoClass + "/" + studentId,
                        p -> button(p, "Give time back…").first().click(), "#minutes-back"),
                new Dialog("new user", "admin", "demo-admin", "admin/users",
                        p -> button(p, "New user").click(), "#create-username"),
                new Dialog("the generated password", "admin", "demo-admin", "admin/users", p -> {
                    button(p, "New user").click();
                    p.locator("#create-username input").fill(newUser);
                    p.locator("#create-save").click();
                }, "#generated-password"),
                new Dialog("reset a password", "admin", "demo-admin", "admin/users",
                        p -> p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reset the password of student2")).click(),
                        "#reset-save"));
    }

    private static com.microsoft.playwright.Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }

    @ParameterizedTest(name = "{0} theme")
    @EnumSource(Theme.class)
    void every_dialog_of_the_app_open_has_no_wcag_2_2_aa_violation(Theme theme) {
        List<String> found = new ArrayList<>();
        String loggedIn = null;
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)
                .setColorScheme(theme == Theme.DARK ? ColorScheme.DARK : ColorScheme.LIGHT))) {
            Page page = context.newPage();
            page.setDefaultTimeout(30_000);
            for (Dialog d : dialogs()) {
                try {
                    if (!d.user().equals(loggedIn)) {
                        context.clearCookies();
                        logIn(page, d.user(), d.password());
                        loggedIn = d.user();
                    }
                    page.navigate("http://localhost:" + port + "/" + d.path());
                    AccessibilityIT.settle(page);
                    d.open().accept(page);
                    page.locator(d.openWhen()).first().waitFor();
                    AccessibilityIT.settle(page);
                    assertThat(BrowserSupport.isDark(page)).as("%s in the %s theme", d.name(), theme).isEqualTo(theme == Theme.DARK);
                    shot(page, "dialog-" + theme.name().toLowerCase() + "-" + d.name().replaceAll("[^a-zA-Z0-9]+", "-"));
                    found.addAll(AccessibilityIT.axe(page, d.path() + " (dialog: " + d.name() + ")"));
                } catch (RuntimeException | AssertionError e) {
                    found.add("dialog " + d.name() + ": could not be checked: " + String.valueOf(e.getMessage()).replaceAll("\\s+", " "));
                }
            }
        }
        found.forEach(line -> System.out.println(theme + " " + line));
        assertThat(found).as("WCAG 2.2 AA violations in dialogs, %s theme", theme).isEmpty();
    }

    @Test
    void every_dialog_in_the_code_is_opened_here() throws IOException {
        Pattern dialog = Pattern.compile("new (Confirm)?Dialog\\(|extends (Confirm)?Dialog\\b");
        Path main = Path.of("src/main/java/org/sourcewise");
        Map<String, Integer> inCode = new TreeMap<>();
        try (Stream<Path> files = Files.walk(main)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = dialog.matcher(Files.readString(file));
                int count = 0;
                while (m.find()) {
                    count++;
                }
                if (count > 0) {
                    inCode.put(main.relativize(file).toString().replace('\\', '/'), count);
                }
            }
        }
        assertThat(inCode).as("dialogs in the code (add a visit to dialogs() and to DIALOGS_IN_CODE)")
                .isEqualTo(new TreeMap<>(DIALOGS_IN_CODE));
        assertThat(dialogs()).hasSize(DIALOGS_IN_CODE.values().stream().mapToInt(Integer::intValue).sum());
    }

    private void logIn(Page page, String username, String password) {
        page.navigate("http://localhost:" + port + "/login");
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").first().fill(password);
        button(page, "Log in").click();
        page.waitForURL(url -> !url.contains("/login"));
        page.locator("h1").first().waitFor();
    }
}
