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
import java.util.Map;
import java.util.stream.Collectors;
import org.sourcewise.browser.ui.BrowserZone;
import org.sourcewise.browser.ui.BuiltInWords;
import org.sourcewise.browser.ui.Words;
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

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);

    private final AccommodationService accommodations;
    private final long classId;
    private final long quizId;
    private final List<RosterEntry> students;
    private final Div current = new Div();
    private final MultiSelectComboBox<RosterEntry> who = new MultiSelectComboBox<>();
    private final IntegerField percent = new IntegerField();
    private final IntegerField minutes = new IntegerField();
    private final DateTimePicker closeAt = new DateTimePicker();
    private final IntegerField attempts = new IntegerField();

    AccommodationDialog(AccommodationService accommodations, long classId, long quizId, String quizTitle, List<RosterEntry> students) {
        this.accommodations = accommodations;
        this.classId = classId;
        this.quizId = quizId;
        this.students = students;
        setHeaderTitle(getTranslation("classes.accommodation.title", quizTitle));
        setWidth("min(46rem, 100vw)");
        addClassName("accommodation-dialog");

        current.addClassName("accommodations");
        who.setLabel(getTranslation("classes.accommodation.students"));
        who.setItems(students);
        who.setItemLabelGenerator(s -> s.displayName() + " (" + s.username() + ")");
        who.setWidthFull();
        who.setId("accommodation-students");
        percent.setLabel(getTranslation("classes.accommodation.percent"));
        minutes.setLabel(getTranslation("classes.accommodation.minutes"));
        attempts.setLabel(getTranslation("classes.accommodation.attempts"));
        configure(percent, Accommodation.MAX_PERCENT, getTranslation("classes.accommodation.percent-helper"));
        configure(minutes, Accommodation.MAX_MINUTES, getTranslation("classes.accommodation.minutes-helper"));
        configure(attempts, Accommodation.MAX_ATTEMPTS, getTranslation("classes.accommodation.attempts-helper"));
        percent.setId("extra-percent");
        minutes.setId("extra-minutes");
        attempts.setId("extra-attempts");
        closeAt.setLabel(getTranslation("classes.accommodation.close-at"));
        closeAt.setHelperText(getTranslation("classes.accommodation.close-at-helper"));
        closeAt.setDatePickerI18n(BuiltInWords.datePicker());

        Button grant = new Button(getTranslation("classes.accommodation.grant"), e -> grant());
        grant.setId("grant-accommodation");
        grant.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FlexLayout numbers = new FlexLayout(percent, minutes, attempts);
        numbers.addClassName("form-row");
        Paragraph note = new Paragraph(getTranslation("classes.accommodation.note"));
        note.addClassName("muted");
        add(new H3(getTranslation("classes.accommodation.granted")), current, new H3(getTranslation("classes.accommodation.grant-heading")),
                who, numbers, closeAt, note);
        getFooter().add(new Button(getTranslation("classes.accommodation.close"), e -> close()), grant);
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
            who.setErrorMessage(getTranslation("classes.accommodation.choose-student"));
            who.setInvalid(true);
            return;
        }
        // each number at its own field, in the page's language, before the rule's own (English) check
        if (outOfRange(percent, Accommodation.MAX_PERCENT) | outOfRange(minutes, Accommodation.MAX_MINUTES)
                | outOfRange(attempts, Accommodation.MAX_ATTEMPTS)) {
            return;
        }
        Accommodation accommodation;
        try {
            accommodation = new Accommodation(value(percent), value(minutes),
                    closeAt.getValue() == null ? null : closeAt.getValue().atZone(BrowserZone.current()).toInstant(), value(attempts));
        } catch (IllegalArgumentException outOfRange) {
            who.setErrorMessage(Words.of(outOfRange));
            who.setInvalid(true);
            return;
        }
        if (accommodation.isNone()) {
            who.setErrorMessage(getTranslation("classes.accommodation.nothing-given"));
            who.setInvalid(true);
            return;
        }
        try {
            accommodations.grant(classId, quizId, who.getValue().stream().map(s -> s.userId().value()).toList(), accommodation);
            who.clear();
            refresh();
        } catch (AccommodationException refused) {
            who.setErrorMessage(Words.of(refused));
            who.setInvalid(true);
        }
    }

    private boolean outOfRange(IntegerField field, int max) {
        boolean wrong = value(field) < 0 || value(field) > max;
        field.setErrorMessage(wrong ? getTranslation("classes.accommodation.out-of-range", max) : null);
        field.setInvalid(wrong);
        return wrong;
    }

    private static int value(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    private void refresh() {
        current.removeAll();
        Map<Long, Accommodation> granted = accommodations.inClass(classId, quizId);
        if (granted.isEmpty()) {
            current.add(new Span(getTranslation("classes.accommodation.none")));
            return;
        }
        Map<Long, RosterEntry> byId = students.stream().collect(Collectors.toMap(s -> s.userId().value(), s -> s));
        granted.forEach((studentId, accommodation) -> {
            RosterEntry student = byId.get(studentId);
            String name = student == null ? getTranslation("classes.accommodation.unknown-student", String.valueOf(studentId))
                    : student.displayName();
            Button withdraw = new Button(getTranslation("classes.accommodation.withdraw"), e -> {
                accommodations.grant(classId, quizId, List.of(studentId), Accommodation.NONE);
                refresh();
            });
            withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            withdraw.setAriaLabel(getTranslation("classes.accommodation.withdraw-of", name));
            Div row = new Div(new Span(getTranslation("classes.accommodation.row", name, describe(accommodation))), withdraw);
            row.addClassName("accommodation-row");
            current.add(row);
        });
    }

    /** What an accommodation gives, in the page's language: "50% more time, 1 more attempt". */
    static String describe(Accommodation a) {
        List<String> parts = new java.util.ArrayList<>();
        if (a.extraTimePercent() > 0) {
            parts.add(Words.of("classes.accommodation.gives-percent", a.extraTimePercent()));
        }
        if (a.extraMinutes() > 0) {
            parts.add(Words.of("classes.accommodation.gives-minutes", a.extraMinutes()));
        }
        if (a.closeAt() != null) {
            parts.add(Words.of("classes.accommodation.gives-close", BrowserZone.format(WHEN, a.closeAt())));
        }
        if (a.extraAttempts() > 0) {
            parts.add(Words.of("classes.accommodation.gives-attempts", a.extraAttempts()));
        }
        return String.join(", ", parts);
    }
}
