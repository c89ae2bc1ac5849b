package org.sourcewise.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import org.jspecify.annotations.Nullable;
import org.sourcewise.base.ui.MarkdownText;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.sourcewise.accounts.CurrentUser;
import org.sourcewise.accounts.Role;
import org.sourcewise.browser.ui.Words;
import org.sourcewise.content.ClaimInfo;
import org.sourcewise.content.CourseInfo;
import org.sourcewise.content.CourseService;
import org.sourcewise.content.LessonInfo;
import org.sourcewise.content.ui.SourceReference;
import org.sourcewise.learning.LessonPage;
import org.sourcewise.learning.LessonProgress;
import org.sourcewise.learning.LessonService;
import org.sourcewise.learning.StudentAnswer;
import org.sourcewise.learning.StudentQuestion;
import com.vaadin.flow.router.NotFoundException;
import org.springframework.security.access.AccessDeniedException;

/**
 * One lesson: its introduction, its claims with their kinds and citations, key terms, check-yourself
 * questions marked on the server, and "Mark lesson done", which brings its claims into practice.
 *
 * <p>Instructors and admins (who reach it from a class's claim mastery) see the same page read-only
 * through {@link LessonService#preview}: no progress or mastery, no "Mark lesson done", nothing recorded.
 */
@Route("lesson")
@RolesAllowed({"STUDENT", "INSTRUCTOR", "ADMIN"})
@StyleSheet("context://styles/learning.css")
class LessonView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

    private final LessonService lessons;
    private final CourseService courses;
    private final boolean staff;
    private @Nullable String title;
    private long lessonId;
    private @Nullable String courseSlug;
    private String courseLanguage = "en";
    private Span status;
    private Button markDone;
    private Paragraph doneNote;

    // status, markDone and doneNote are made when a lesson is shown (markDone and doneNote only for a
    // student), and only what that adds to the page reads them
    @SuppressWarnings("NullAway.Init")
    LessonView(LessonService lessons, CourseService courses, CurrentUser currentUser) {
        this.lessons = lessons;
        this.courses = courses;
        this.staff = !currentUser.is(Role.STUDENT);
        addClassNames("page", "learning", "lesson-view");
    }

    @Override
    public String getPageTitle() {
        return title == null ? getTranslation("learning.lesson.title") : getTranslation("learning.lesson.title-of", title);
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        removeAll();
        LessonPage page;
        try {
            page = id == null ? null : staff ? lessons.preview(id).orElse(null) : lessons.open(id);
        } catch (AccessDeniedException notYours) {
            page = null;
        }
        if (page == null) {
            // the app's one "Page not found" (404), the same for a lesson that does not exist and one
            // that is not in a course of the student's classes
            throw new NotFoundException("no lesson " + id + " for this user"); // not shown
        }
        lessonId = id;
        show(page);
    }

    private void show(LessonPage page) {
        LessonInfo lesson = page.lesson();
        title = lesson.title();

        HasStyle back = staff ? bankLink(lesson.courseId()) : new RouterLink(getTranslation("learning.lesson.all-lessons"), LessonsView.class);
        back.addClassName("back-link");
        Span course = new Span(getTranslation("learning.lesson.course-and-number", page.courseTitle(), lesson.ordinal()));
        course.addClassName("muted");
        status = new Span();
        status.addClassName("lesson-status");
        Div meta = new Div(course, status);
        meta.addClassName("lesson-meta");
        CourseInfo courseInfo = courses.findCourse(lesson.courseId()).orElse(null);
        // the course's words carry the course's language, for screen readers; the page's own are the app's
        String language = courseInfo == null ? "en" : courseInfo.language();
        H1 heading = new H1(lesson.title());
        heading.getElement().setAttribute("lang", language);
        add((Component) back, heading, meta);
        courseSlug = courseInfo == null ? null : courseInfo.slug();
        courseLanguage = language;
        if (courseInfo != null) {
            add(new SourceReference(courseInfo));
        }
        if (staff) {
            Paragraph note = new Paragraph(getTranslation("learning.lesson.staff-note"));
            note.addClassName("staff-preview-note");
            note.setId("staff-preview-note");
            add(note);
        }

        Component introduction = MarkdownText.of(lesson.introduction(), "lesson-intro");
        introduction.getElement().setAttribute("lang", language);
        add(introduction);

        add(section(getTranslation("learning.lesson.claims"), getTranslation("learning.lesson.claims-lead")));
        Div claims = new Div();
        claims.addClassName("stack");
        for (ClaimInfo claim : lesson.claims()) {
            claims.add(new ClaimCard(claim, page.mastery().get(claim.id()), language));
        }
        add(claims);

        if (!lesson.terms().isEmpty()) {
            add(section(getTranslation("learning.lesson.key-terms"), null));
            DescriptionList terms = new DescriptionList();
            terms.addClassNames("card", "terms");
            terms.getElement().setAttribute("lang", language);
            for (LessonInfo.KeyTerm term : lesson.terms()) {
                terms.add(new DescriptionList.Term(term.term()), new DescriptionList.Description(term.definition()));
            }
            add(terms);
        }

        if (!page.checks().isEmpty()) {
            add(section(getTranslation("learning.lesson.checks"), getTranslation("learning.lesson.checks-lead")));
            Div checks = new Div();
            checks.addClassName("stack");
            List<StudentQuestion> questions = page.checks();
            for (int i = 0; i < questions.size(); i++) {
                checks.add(checkCard(questions.get(i), i + 1, questions.size()));
            }
            add(checks);
        }

        if (!staff) {
            addFinish(page);
        }

        Div pager = new Div();
        pager.addClassName("pager");
        if (page.previousLessonId() != null) {
            pager.add(new RouterLink(getTranslation("learning.lesson.previous"), LessonView.class, page.previousLessonId()));
        }
        if (page.nextLessonId() != null) {
            RouterLink next = new RouterLink(getTranslation("learning.lesson.next"), LessonView.class, page.nextLessonId());
            next.addClassName("pager-next");
            pager.add(next);
        }
        add(pager);
    }

    private void addFinish(LessonPage page) {
        markDone = new Button(getTranslation("learning.lesson.mark-done"), VaadinIcon.CHECK.create(), e -> markDone());
        markDone.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        markDone.setId("mark-done");
        markDone.setDisableOnClick(true);
        doneNote = new Paragraph();
        doneNote.addClassName("muted");
        Div finish = new Div(new H2(getTranslation("learning.lesson.finished")), doneNote, markDone);
        finish.addClassNames("card", "finish");
        add(finish);
        showDone(page.done());
    }

    /** Staff came from claim mastery or the bank: back to the course's question bank. */
    private Anchor bankLink(long courseId) {
        return courses.findCourse(courseId).map(c -> new Anchor("course/" + c.slug() + "/bank", getTranslation("learning.lesson.bank-of", c.title())))
                .orElseGet(() -> new Anchor("courses", getTranslation("learning.lesson.courses")));
    }

    private Div checkCard(StudentQuestion question, int number, int of) {
        Div card = new Div();
        card.addClassNames("card", "check-card");
        H3 heading = new H3(getTranslation("learning.lesson.question-of", number, of));
        heading.addClassName("check-heading");
        QuestionForm form = new QuestionForm(question, courseLanguage); // the course's words in it carry its language
        FeedbackPanel feedback = new FeedbackPanel(courseSlug);
        Paragraph hint = new Paragraph();
        hint.addClassName("hint");
        hint.setVisible(false);
        Runnable checkAnswer = () -> {
            StudentAnswer answer = form.answer();
            if (answer.isBlank()) {
                feedback.clear();
                hint.setText(getTranslation("learning.lesson.answer-first"));
                hint.setVisible(true);
                return;
            }
            hint.setVisible(false);
            var result = staff ? lessons.previewCheck(lessonId, question.key(), answer) : lessons.check(lessonId, question.key(), answer);
            form.showRightChoices(result.correctChoices());
            feedback.show(result);
        };
        Button check = new Button(getTranslation("learning.lesson.check"), e -> checkAnswer.run());
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClassName("check-button");
        form.onEnter(checkAnswer);
        Div actions = new Div(check);
        actions.addClassName("actions");
        card.add(heading, form, actions, hint, feedback);
        return card;
    }

    private void markDone() {
        LessonProgress progress = lessons.markDone(lessonId);
        showDone(progress.done());
    }

    private void showDone(boolean done) {
        status.removeAll();
        if (done) {
            Span badge = new Span(getTranslation("learning.lesson-state.done"));
            badge.addClassNames("badge", "badge-done");
            status.add(badge);
            markDone.setText(getTranslation("learning.lesson.done"));
            markDone.setIcon(VaadinIcon.CHECK_CIRCLE.create());
            markDone.setEnabled(false);
            doneNote.removeAll();
            doneNote.add(new Span(getTranslation("learning.lesson.done-note.before")),
                    new RouterLink(getTranslation("learning.lesson.done-note.link"), PracticeView.class),
                    new Span(getTranslation("learning.lesson.done-note.after")));
        } else {
            markDone.setEnabled(true);
            doneNote.setText(getTranslation("learning.lesson.mark-done-note"));
        }
    }

    private static Div section(String heading, @Nullable String lead) {
        Div block = new Div(new H2(heading));
        block.addClassName("section-head");
        if (lead != null) {
            Paragraph p = new Paragraph(lead);
            p.addClassName("muted");
            block.add(p);
        }
        return block;
    }
}
