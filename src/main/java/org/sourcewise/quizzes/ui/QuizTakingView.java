package org.sourcewise.quizzes.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sourcewise.base.ui.MarkdownText;
import org.sourcewise.base.ui.ThemeSwitch;
import org.sourcewise.quizzes.AttemptException;
import org.sourcewise.accounts.AccountService;
import org.sourcewise.browser.ui.BrowserZone;
import org.sourcewise.browser.ui.LanguageSwitch;
import org.sourcewise.browser.ui.Words;
import org.sourcewise.quizzes.AnswerService;
import org.sourcewise.quizzes.AttemptSubmissionService;
import org.sourcewise.quizzes.AttemptChanges;
import org.sourcewise.quizzes.AttemptSheet;
import org.sourcewise.quizzes.SavedAnswer;
import org.sourcewise.quizzes.AttemptState;
import org.sourcewise.quizzes.StudentQuestion;
import org.sourcewise.quizzes.StudentResponse;

/**
 * Taking a quiz: one question per page, a navigator, previous/next, flag, and every change saved to
 * the database as it happens. What the browser gets comes from {@link AttemptSheet}, which holds no
 * answer keys. A save that fails is kept and retried; the page says which.
 */
// no drawer and side navigation while a quiz is taken: fewer distractions, and a page a tenth the
// size in every exam session's memory (docs/performance.md)
@Route(value = "attempt", autoLayout = false)
@RolesAllowed("STUDENT")
class QuizTakingView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final AnswerService attempts;
    private final AttemptSubmissionService submissions;
    private final java.time.Clock clock;
    private final AccountService accounts;
    private final Span saveStatus = new Span();
    /**
     * Shown by the browser itself while it cannot reach the server, in place of the save status,
     * which only the server can update and which would otherwise go on saying "saved".
     */
    private final Span offlineNote = new Span(getTranslation("quizzes.taking.offline"));
    /** Says that another window or device changed answers this page showed; stays until the next save. */
    private final Span changedNote = new Span();
    private final QuestionNavigator navigator = new QuestionNavigator(this::show);
    private final Div questionArea = new Div();
    private final Button previous = new Button(getTranslation("quizzes.taking.previous"), VaadinIcon.ARROW_LEFT.create());
    private final Button next = new Button(getTranslation("quizzes.taking.next"), VaadinIcon.ARROW_RIGHT.create());
    private final Button flag = new Button();
    private final Button finish = new Button(getTranslation("quizzes.taking.finish"));
    /** Saves that failed, by position, retried until they land; never dropped. */
    private final Map<Integer, List<String>> unsaved = new LinkedHashMap<>();
    private final Map<Integer, StudentResponse> responses = new LinkedHashMap<>();

    private AttemptSheet sheet;
    private int position;
    /** How long after the connection returns the save status says so. */
    private static final java.time.Duration BACK_NOTICE = java.time.Duration.ofSeconds(10);
    private @Nullable Instant backAt;
    /** Set once the page learns the attempt is over; it is then on its way to the review. */
    private boolean finished;
    private @Nullable CountdownTimer timer;
    /** The deadline the timer counts down to; the server's may move later (time given back). */
    private @Nullable Instant deadline;
    /** The note says time was given back: it stays until something else is to be said there. */
    private boolean saysMoreTime;
    private String title = getTranslation("quizzes.quiz");

    // setParameter sets the sheet before the page has anything that reads it
    @SuppressWarnings("NullAway.Init")
    QuizTakingView(AnswerService attempts, AttemptSubmissionService submissions, AccountService accounts, java.time.Clock clock) {
        this.accounts = accounts;
        this.submissions = submissions;
        this.clock = clock;
        this.attempts = attempts;
        addClassName("page");
        addClassName("quiz-taking");
        // no frame around this page: the whole attempt is the main content, its navigator a navigation inside it
        getElement().setAttribute("role", "main");
        saveStatus.addClassName("save-status");
        saveStatus.getElement().setAttribute("role", "status");
        saveStatus.getElement().setAttribute("aria-live", "polite");
        offlineNote.addClassNames("offline-note", "save-failed");
        offlineNote.getElement().setAttribute("role", "alert");
        offlineNote.getElement().setAttribute("hidden", true); // an attribute, not setVisible: Flow would not send its text
        changedNote.addClassName("changed-elsewhere");
        changedNote.getElement().setAttribute("role", "alert");
        changedNote.setVisible(false);
        questionArea.addClassName("question-area");

        previous.setId("previous");
        next.setId("next");
        previous.addClickListener(e -> show(position - 1));
        previous.addClickShortcut(Key.ARROW_LEFT, KeyModifier.ALT);
        next.setIconAfterText(true);
        next.addClickListener(e -> show(position + 1));
        next.addClickShortcut(Key.ARROW_RIGHT, KeyModifier.ALT);
        flag.setId("flag");
        flag.addClickListener(e -> toggleFlag());
        finish.setId("finish");
        finish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        finish.addClickListener(e -> confirmSubmit());
    }

    @Override
    public void setParameter(BeforeEvent event, Long attemptId) {
        sheet = attempts.sheet(attemptId);
        deadline = sheet.deadline();
        if (sheet.state() == AttemptState.SUBMITTED) {
            event.forwardTo("review/" + attemptId);
            return;
        }
        // not the start page's title: a tab or a screen reader tells the open attempt from the quiz's start page
        title = getTranslation("quizzes.taking.page-title", sheet.quizTitle());
        finished = false;
        responses.clear();
        responses.putAll(sheet.responses());
        removeAll();
        position = 0;

        Span brand = new Span("Sourcewise");
        brand.addClassName("brand");
        Anchor leave = new Anchor("student", getTranslation("quizzes.taking.leave"));
        leave.getElement().setAttribute("router-link", true);
        // this page has no main layout: the language and theme switches sit in its own bar, so that a
        // student who cannot read the page need not leave the attempt to change them
        HorizontalLayout switches = new HorizontalLayout(new LanguageSwitch(accounts::chooseLanguage), new ThemeSwitch(accounts));
        switches.setAlignItems(FlexComponent.Alignment.CENTER);
        switches.setSpacing(false);
        leave.addClassName("leave-attempt");
        Div bar = new Div(brand, leave, switches);
        bar.addClassName("quiz-bar");
        H1 heading = new H1(sheet.quizTitle());
        heading.getElement().setAttribute("lang", sheet.language());
        heading.addClassName("quiz-title");
        Div status = new Div();
        status.addClassName("quiz-status");
        timer = null;
        if (sheet.timeLeft() != null) {
            timer = new CountdownTimer(sheet.timeLeft(), this::timeUp);
            status.add(timer);
        }
        saveStatus.setText(responses.isEmpty() ? getTranslation("quizzes.taking.saved-as-you-go") : getTranslation("quizzes.taking.all-saved"));
        changedNote.setVisible(false);
        saysMoreTime = false;
        status.add(saveStatus, offlineNote, changedNote);

        FlexLayout buttons = new FlexLayout(previous, flag, next, finish);
        buttons.addClassName("quiz-buttons");
        add(bar, heading, status, navigator, questionArea, buttons);
        int shown = event.getLocation().getQueryParameters().getSingleParameter("q").map(QuizTakingView::number)
                .filter(q -> q >= 1 && q <= sheet.questions().size()).orElse(sheet.currentPosition());
        show(Math.max(1, Math.min(shown, sheet.questions().size())));
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private void show(int target) {
        if (target < 1 || target > sheet.questions().size()) {
            return;
        }
        if (position != 0 && target != position) {
            // the address remembers the question, so a reload opens it without a database write per move
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.getPage().getHistory().replaceState(null, "attempt/" + sheet.attemptId() + "?q=" + target);
            }
        }
        position = target;
        StudentQuestion question = sheet.questions().get(target - 1);
        questionArea.removeAll();
        Div card = new Div();
        card.addClassName("card");
        card.addClassName("question-card");
        Span number = new Span(getTranslation("quizzes.question-of", target, sheet.questions().size(), BuilderWords.points(question.points())));
        number.addClassName("question-number");
        // a heading that takes focus: keyboard and screen-reader users land on the new question, and
        // the next Tab reaches its first answer field
        com.vaadin.flow.component.html.H2 heading = new com.vaadin.flow.component.html.H2(number);
        heading.addClassName("question-heading");
        heading.getElement().setAttribute("tabindex", "-1");
        card.add(heading);
        if (question.type() != org.sourcewise.questions.QuestionType.CLOZE) {
            Component stem = MarkdownText.of(question.stem(), "stem");
            // the course's words, in the course's language, for screen readers (the page's words are the app's)
            stem.getElement().setAttribute("lang", sheet.language());
            card.add(stem);
        }
        List<String> saved = responses.containsKey(target) ? responses.get(target).values() : List.of();
        Component input = AnswerInput.of(question, saved, values -> save(target, values), sheet.language());
        card.add(input);
        questionArea.add(card);
        heading.getElement().executeJs("this.focus({preventScroll: false})");
        previous.setEnabled(target > 1);
        next.setEnabled(target < sheet.questions().size());
        refreshFlag();
        refreshNavigator();
    }

    private void save(int pos, List<String> values) {
        StudentResponse before = responses.get(pos);
        // the version stays the one the server last confirmed: the next save says which answer it replaces
        responses.put(pos, new StudentResponse(values, before != null && before.flagged(), before == null ? 0 : before.version()));
        unsaved.put(pos, values);
        flush();
    }

    /**
     * Sends every pending answer; what fails stays pending and is retried by polling.
     *
     * @return true when nothing is left to send
     */
    private boolean flush() {
        saveStatus.setText(getTranslation("quizzes.taking.saving"));
        saveStatus.removeClassName("save-failed");
        String refusedMessage = null;
        Instant serverDeadline = null;
        List<Integer> changedElsewhere = new ArrayList<>();
        for (var pending : new ArrayList<>(unsaved.entrySet())) {
            int pos = pending.getKey();
            try {
                StudentResponse shown = responses.get(pos);
                SavedAnswer saved = attempts.saveAnswer(sheet.attemptId(), pos, pending.getValue(), shown == null ? 0 : shown.version());
                unsaved.remove(pos);
                serverDeadline = saved.deadline();
                boolean flagged = shown != null && shown.flagged();
                if (saved.changedElsewhere()) {
                    // another window saved a different answer since this page last heard: show that one, and say so
                    responses.put(pos, new StudentResponse(saved.stored().values(), flagged, saved.stored().version()));
                    changedElsewhere.add(pos);
                } else {
                    responses.put(pos, new StudentResponse(pending.getValue(), flagged, saved.stored().version()));
                }
            } catch (AttemptException refused) {
                if (refused.reason() == AttemptException.Reason.NOT_A_NUMBER) {
                    // the page checks first; a value that reaches the server anyway is dropped, not retried
                    unsaved.remove(pending.getKey());
                    refusedMessage = Words.of(refused);
                    continue;
                }
                over(Words.of(refused));
                return false;
            } catch (RuntimeException failed) {
                refreshNavigator();
                saveStatus.setText(getTranslation("quizzes.taking.retrying"));
                saveStatus.addClassName("save-failed");
                getUI().ifPresent(ui -> ui.setPollInterval(3000));
                return false;
            }
        }
        getUI().ifPresent(ui -> ui.setPollInterval(restingPoll()));
        if (!changedElsewhere.isEmpty()) {
            catchUp(changedElsewhere);
        } else if (!saysMoreTime) {
            changedNote.setVisible(false);
        }
        followDeadline(serverDeadline);
        if (refusedMessage != null) {
            saveStatus.setText(getTranslation("quizzes.taking.not-saved", refusedMessage));
            saveStatus.addClassName("save-failed");
            refreshNavigator();
            return true;
        }
        Instant now = clock.instant();
        // the browser may report the connection back before or after it resends what it queued offline
        boolean justBack = backAt != null && now.isBefore(backAt.plus(BACK_NOTICE));
        saveStatus.setText(getTranslation(justBack ? "quizzes.taking.back-saved-at" : "quizzes.taking.saved-at", BrowserZone.format(CLOCK, now)));
        getElement().executeJs("this.swOnline && this.swOnline()");
        // the navigator says "answered" only for what the database holds
        refreshNavigator();
        return true;
    }

    /**
     * Another window or device saved answers this page showed otherwise: take every stored answer that
     * is not waiting here to be sent, show the current question as stored, and say which changed.
     */
    private void catchUp(List<Integer> changed) {
        AttemptSheet stored = attempts.sheet(sheet.attemptId());
        if (stored.state() == AttemptState.SUBMITTED) {
            over(getTranslation(AttemptSubmissionService.SUBMITTED_ELSEWHERE_WORDS));
            return;
        }
        List<Integer> positions = new ArrayList<>(changed);
        stored.responses().forEach((pos, response) -> {
            StudentResponse here = responses.get(pos);
            if (!unsaved.containsKey(pos) && (here == null || here.version() != response.version())) {
                responses.put(pos, response);
                if (!positions.contains(pos)) {
                    positions.add(pos);
                }
            }
        });
        if (positions.isEmpty()) {
            return;
        }
        positions.sort(null);
        changedNote.setText(positions.size() > 1 ? getTranslation("quizzes.taking.changed-elsewhere.many", join(positions))
                : getTranslation("quizzes.taking.changed-elsewhere.one", join(positions)));
        changedNote.setVisible(true);
        saysMoreTime = false;
        if (positions.contains(position)) {
            int current = position;
            position = 0; // re-render without touching the address
            show(current);
        }
        refreshNavigator();
    }

    /**
     * Called by the browser when the page comes back to the front: if another window or device saved
     * answers or submitted meanwhile, this page catches up now instead of at its next save.
     */
    @ClientCallable
    void checkForChanges() {
        AttemptChanges changes = attempts.changes(sheet.attemptId());
        if (changes.state() == AttemptState.SUBMITTED) {
            over(getTranslation(AttemptSubmissionService.SUBMITTED_ELSEWHERE_WORDS));
            return;
        }
        followDeadline(changes.deadline());
        List<Integer> behind = new ArrayList<>();
        changes.answerVersions().forEach((pos, version) -> {
            StudentResponse here = responses.get(pos);
            if (!unsaved.containsKey(pos) && (here == null ? version > 0 : here.version() != version)) {
                behind.add(pos);
            }
        });
        if (!behind.isEmpty()) {
            catchUp(behind);
        }
    }

    /**
     * Called by the browser when the connection returns after it showed the offline note. The answers
     * queued meanwhile may arrive just before or just after this call; for a few seconds every save that
     * leaves nothing pending says that the connection is back and all answers are stored.
     */
    @ClientCallable
    void connectionBack() {
        backAt = clock.instant();
        flush();
    }

    private void toggleFlag() {
        StudentResponse current = responses.get(position);
        boolean flagged = current == null || !current.flagged();
        guard(() -> attempts.setFlag(sheet.attemptId(), position, flagged));
        responses.put(position, new StudentResponse(current == null ? List.of() : current.values(), flagged,
                current == null ? 0 : current.version()));
        refreshFlag();
        refreshNavigator();
    }

    private void refreshFlag() {
        StudentResponse current = responses.get(position);
        boolean flagged = current != null && current.flagged();
        flag.setText(flagged ? getTranslation("quizzes.taking.unflag") : getTranslation("quizzes.taking.flag"));
        flag.setIcon(flagged ? VaadinIcon.FLAG.create() : VaadinIcon.FLAG_O.create());
        flag.getElement().setAttribute("aria-pressed", String.valueOf(flagged));
    }

    /** The navigator says "answered" only for what the database holds. */
    private void refreshNavigator() {
        Set<Integer> answered = new HashSet<>();
        Set<Integer> flagged = new HashSet<>();
        responses.forEach((pos, r) -> {
            if (r.answered() && !unsaved.containsKey(pos)) {
                answered.add(pos);
            }
            if (r.flagged()) {
                flagged.add(pos);
            }
        });
        navigator.show(sheet.questions().size(), position, answered, flagged);
    }

    private void confirmSubmit() {
        if (!flush()) {
            return;
        }
        // the dialog lists what is unanswered: from what is stored, should another window have moved on
        checkForChanges();
        if (finished) {
            return;
        }
        List<Integer> unanswered = new ArrayList<>();
        List<Integer> flagged = new ArrayList<>();
        for (StudentQuestion q : sheet.questions()) {
            StudentResponse r = responses.get(q.position());
            if (r == null || !r.answered()) {
                unanswered.add(q.position());
            }
            if (r != null && r.flagged()) {
                flagged.add(q.position());
            }
        }
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("submit-dialog");
        dialog.setHeader(getTranslation("quizzes.submit.header"));
        VerticalLayout text = new VerticalLayout();
        text.setPadding(false);
        text.add(new Span(unanswered.isEmpty() ? getTranslation("quizzes.submit.all-answered")
                : getTranslation("quizzes.submit.unanswered", join(unanswered), unanswered.size())));
        if (!flagged.isEmpty()) {
            text.add(new Span(getTranslation("quizzes.submit.flagged", join(flagged), flagged.size())));
        }
        text.add(new Span(getTranslation("quizzes.submit.final")));
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("quizzes.submit.cancel"));
        dialog.setConfirmText(getTranslation("quizzes.submit.confirm"));
        dialog.addConfirmListener(e -> {
            submissions.submit(sheet.attemptId());
            getUI().ifPresent(ui -> ui.navigate("review/" + sheet.attemptId()));
        });
        // A child of this page, not of the UI (where open() would put it): the UI lets go of a dialog only
        // when the browser reports its closing animation ended, and until then the dialog's listener kept
        // this whole page in memory after the student left it (a heap dump showed every attempt page of a
        // 1,000-student exam alive on the review). As a child it leaves with the page, also when the time
        // runs out while it is open; cancelled, it is taken out once closed.
        add(dialog);
        dialog.addClosedListener(e -> remove(dialog));
        dialog.open();
    }

    private static String join(List<Integer> positions) {
        return String.join(", ", positions.stream().map(String::valueOf).toList());
    }

    private void timeUp() {
        flush();
        var result = submissions.timeUp(sheet.attemptId());
        if (result.state() == AttemptState.SUBMITTED) {
            over(getTranslation("quizzes.taking.time-up"));
        } else if (timer != null && result.deadline() != null && result.deadline().isAfter(clock.instant())) {
            // the server's deadline is later than the page's: an instructor gave time back (or the
            // browser's clock ran ahead of the server's, and the timer resumes where the server is)
            countTo(timer, result.deadline());
        }
    }

    /**
     * Follows a deadline the server moved later while the page was open (an instructor gave lost minutes
     * back): the timer and its 5- and 1-minute announcements count to the new one at once, rather than
     * reaching 0:00 first. The page hears of it with its next save, on coming back to the front, or at
     * the next keep-alive of a timed attempt.
     */
    private void followDeadline(@Nullable Instant serverDeadline) {
        if (timer != null && deadline != null && serverDeadline != null && serverDeadline.isAfter(deadline)) {
            countTo(timer, serverDeadline);
        }
    }

    /** The timer counts to {@code later} from now on, and the note says when the attempt now ends. */
    private void countTo(CountdownTimer timer, Instant later) {
        deadline = later;
        timer.start(java.time.Duration.between(clock.instant(), later));
        changedNote.setText(getTranslation("quizzes.taking.more-time", BrowserZone.format(CLOCK, later)));
        changedNote.setVisible(true);
        saysMoreTime = true;
    }

    private void over(String message) {
        finished = true;
        Notification n = Notification.show(message, 8000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
        getUI().ifPresent(ui -> {
            ui.setPollInterval(-1);
            ui.navigate("review/" + sheet.attemptId());
        });
    }

    private void guard(Runnable action) {
        try {
            action.run();
        } catch (AttemptException closed) {
            over(Words.of(closed));
        }
    }

    private com.vaadin.flow.shared.@Nullable Registration pollRegistration;

    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        // Vaadin's connection state is known in the browser only: there, swap the save status for the
        // offline note while the server cannot be reached, and back once it answers again (the answers
        // queued meanwhile then arrive, and the server's status says when they were saved)
        // When the page comes back to the front it asks whether another window moved on (cheap: one query).
        ui.getPage().executeJs("""
                const status = $0, note = $1, view = $2;
                let offline = false;
                const show = now => {
                    status.hidden = now; note.hidden = !now;
                    if (offline && !now && view.isConnected) {
                        view.$server.connectionBack();
                    }
                    offline = now;
                };
                const store = window.Vaadin && window.Vaadin.connectionState;
                if (store && store.addStateChangeListener) {
                    // 'loading' also comes while a retry is in flight: only 'connected' means back
                    store.addStateChangeListener((previous, current) => {
                        if (current === 'reconnecting' || current === 'connection-lost') {
                            show(true);
                        } else if (current === 'connected') {
                            show(false);
                        }
                    });
                }
                window.addEventListener('offline', () => show(true));
                // Called with the server's answer to a save, so the page is online whatever the store says:
                // Vaadin 25.2's client leaves its state at 'reconnecting' after a resent message succeeds
                // (setting the state zeroes its count of requests in flight, so their end changes nothing).
                view.swOnline = () => {
                    if (store && (store.state === 'reconnecting' || store.state === 'connection-lost')) {
                        store.state = 'connected'; // tells the listener above, and Vaadin's own indicator
                    } else if (offline) {
                        show(false);
                    }
                };
                let lastCheck = 0;
                const check = () => {
                    if (view.isConnected && !offline && document.visibilityState === 'visible' && Date.now() - lastCheck > 1000) {
                        lastCheck = Date.now();
                        view.$server.checkForChanges();
                    }
                };
                window.addEventListener('focus', check);
                document.addEventListener('visibilitychange', check);
                """, saveStatus.getElement(), offlineNote.getElement(), getElement());
        pollRegistration = ui.addPollListener(e -> {
            if (!unsaved.isEmpty()) {
                flush();
            } else if (timer != null) {
                // a timed attempt's keep-alive: also when no answer is being saved, time given back shows
                followDeadline(attempts.changes(sheet.attemptId()).deadline());
            }
        });
        ui.setPollInterval(restingPoll());
    }

    /**
     * Idle sessions end (vaadin.closeIdleSessions; heartbeats do not count as use), and a student who
     * reads one long question of a timed exam must not be signed out meanwhile: while a timed attempt
     * is open the page asks the server every few minutes, which counts as use. An untimed attempt has
     * no end to wait for, so its tab is treated as any other; its answers are saved as they change.
     */
    static final int KEEP_ALIVE_MILLIS = 4 * 60_000;

    private int restingPoll() {
        if (sheet.timeLeft() == null) {
            return -1;
        }
        // well inside the idle timeout, however short an admin set it
        var session = com.vaadin.flow.server.VaadinSession.getCurrent();
        int idleSeconds = session == null || session.getSession() == null ? 0 : session.getSession().getMaxInactiveInterval();
        return idleSeconds > 0 ? Math.min(KEEP_ALIVE_MILLIS, idleSeconds * 1000 / 2) : KEEP_ALIVE_MILLIS;
    }

    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent detachEvent) {
        if (pollRegistration != null) {
            pollRegistration.remove();
        }
        detachEvent.getUI().setPollInterval(-1);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
