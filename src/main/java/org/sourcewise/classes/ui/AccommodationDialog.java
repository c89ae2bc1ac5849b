package org.sourcewise.classes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.sourcewise.browser.ui.BrowserZone;
import org.sourcewise.classes.RosterEntry;
import org.sourcewise.quizzes.AccommodationException;
import org.sourcewise.quizzes.AccommodationService;
import org.sourcewise.quizzes.rules.Accommodation;

/**
 * The accommodations of one quiz in one class: who has what, withdraw it, and grant more time, a later
 * close or more attempts to one or several students at once. A refused grant keeps what was typed and
 * says why next to the field.
 */
class AccommodationDialog extends Dialog {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(Locale.UK);

    private final AccommodationService accommodations;
    private final long classId;
    private final long quizId;
    private final List<RosterEntry> students;
    private final Div current = new Div();
    private final MultiSelectComboBox<RosterEntry> who = new MultiSelectComboBox<>("Students");
    private final IntegerField percent = new IntegerField("Extra time (%)");
    private final IntegerField minutes = new IntegerField("Extra minutes");
    private final DateTimePicker closeAt = new DateTimePicker("Later close (optional)");
    private final IntegerField attempts = new IntegerField("Extra attempts");

    AccommodationDialog(AccommodationService accommodations, long classId, long quizId, String quizTitle, List<RosterEntry> students) {
        this.accommodations = accommodations;
        this.classId = classId;
        this.quizId = quizId;
        this.students = students;
        setHeaderTitle("Accommodations: " + quizTitle);
        setWidth("min(46rem, 100vw)");
        addClassName("accommodation-dialog");

        current.addClassName("accommodations");
        who.setItems(students);
        who.setItemLabelGenerator(s -> s.displayName() + " (" + s.username() + ")");
        who.setWidthFull();
        who.setId("accommodation-students");
        configure(percent, Accommodation.MAX_PERCENT, "50 gives half as much time again");
        configure(minutes, Accommodation.MAX_MINUTES, "added after the percentage");
        configure(attempts, Accommodation.MAX_ATTEMPTS, "added to a limited number");
        percent.setId("extra-percent");
        minutes.setId("extra-minutes");
        attempts.setId("extra-attempts");
        closeAt.setHelperText("never earlier than the quiz's own close");

        Button grant = new Button("Grant", e -> grant());
        grant.setId("grant-accommodation");
        grant.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FlexLayout numbers = new FlexLayout(percent, minutes, attempts);
        numbers.addClassName("form-row");
        Paragraph note = new Paragraph("Attempts already started keep their deadline; give them minutes back from the student's results page.");
        note.addClassName("muted");
        add(new H3("Granted"), current, new H3("Grant"), who, numbers, closeAt, note);
        getFooter().add(new Button("Close", e -> close()), grant);
        refresh();
    }

    private static void configure(IntegerField field, int max, String helper) {
        field.setMin(0);
        field.setMax(max);
        field.setStepButtonsVisible(true);
        field.setHelperText(helper);
    }

    private void grant() {
        who.setInvalid(false);
        if (who.getValue().isEmpty()) {
            who.setErrorMessage("Choose at least one student.");
            who.setInvalid(true);
            return;
        }
        Accommodation accommodation;
        try {
            accommodation = new Accommodation(value(percent), value(minutes),
                    closeAt.getValue() == null ? null : closeAt.getValue().atZone(BrowserZone.current()).toInstant(), value(attempts));
        } catch (IllegalArgumentException outOfRange) {
            who.setErrorMessage(outOfRange.getMessage());
            who.setInvalid(true);
            return;
        }
        if (accommodation.isNone()) {
            who.setErrorMessage("Give extra time, a later close or extra attempts (to take one away, use Withdraw above).");
            who.setInvalid(true);
            return;
        }
        try {
            accommodations.grant(classId, quizId, who.getValue().stream().map(s -> s.userId().value()).toList(), accommodation);
            who.clear();
            refresh();
        } catch (AccommodationException refused) {
            who.setErrorMessage(refused.getMessage());
            who.setInvalid(true);
        }
    }

    private static int value(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    private void refresh() {
        current.removeAll();
        Map<Long, Accommodation> granted = accommodations.inClass(classId, quizId);
        if (granted.isEmpty()) {
            current.add(new Span("None yet: every student has the quiz's own rules."));
            return;
        }
        Map<Long, RosterEntry> byId = students.stream().collect(Collectors.toMap(s -> s.userId().value(), s -> s));
        granted.forEach((studentId, accommodation) -> {
            RosterEntry student = byId.get(studentId);
            String name = student == null ? "Student " + studentId : student.displayName();
            Button withdraw = new Button("Withdraw", e -> {
                accommodations.grant(classId, quizId, List.of(studentId), Accommodation.NONE);
                refresh();
            });
            withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            withdraw.setAriaLabel("Withdraw the accommodation of " + name);
            Div row = new Div(new Span(name + ": " + describe(accommodation)), withdraw);
            row.addClassName("accommodation-row");
            current.add(row);
        });
    }

    static String describe(Accommodation a) {
        List<String> parts = new java.util.ArrayList<>();
        if (a.extraTimePercent() > 0) {
            parts.add(a.extraTimePercent() + "% more time");
        }
        if (a.extraMinutes() > 0) {
            parts.add(a.extraMinutes() + (a.extraMinutes() == 1 ? " more minute" : " more minutes"));
        }
        if (a.closeAt() != null) {
            parts.add("closes " + BrowserZone.format(WHEN, a.closeAt()));
        }
        if (a.extraAttempts() > 0) {
            parts.add(a.extraAttempts() + (a.extraAttempts() == 1 ? " more attempt" : " more attempts"));
        }
        return String.join(", ", parts);
    }
}
