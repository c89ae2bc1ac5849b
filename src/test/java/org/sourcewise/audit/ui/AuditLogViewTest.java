package org.sourcewise.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sourcewise.IntegrationTest;
import org.sourcewise.TestUsers;
import org.sourcewise.audit.AuditEntry;
import org.sourcewise.audit.AuditLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The audit log page: a search narrows the lazily loaded grid, newest first. */
@IntegrationTest
@WithUserDetails("admin")
class AuditLogViewTest extends SpringBrowserlessTest {

    @Autowired
    AuditLog audit;
    @Autowired
    TestUsers users;

    @Test
    @SuppressWarnings("unchecked")
    void a_search_shows_only_the_matching_entries_newest_first() {
        String marker = "viewmark" + System.nanoTime();
        users.run("instructor", () -> audit.record("TEST_VIEW", "thing:" + marker, "older"));
        users.run("instructor", () -> audit.record("TEST_VIEW", "thing:" + marker, "newer"));
        navigate(AuditLogView.class);

        test(find(TextField.class).all().stream().filter(t -> t.getId().filter("audit-search"::equals).isPresent())
                .findFirst().orElseThrow()).setValue(marker);

        Grid<AuditEntry> grid = find(Grid.class).all().getFirst();
        List<AuditEntry> shown = grid.getDataProvider().fetch(new Query<>()).toList();
        assertThat(shown).extracting(AuditEntry::detail).containsExactly("newer", "older");
        assertThat(shown).allSatisfy(e -> assertThat(e.actor()).isEqualTo("instructor"));
        assertThat(find(Span.class).all()).anySatisfy(s -> assertThat(s.getText()).isEqualTo("2 entries"));
    }

    @Test
    void the_audit_log_and_the_admin_console_speak_german() {
        UI.getCurrent().setLocale(Locale.GERMAN);

        navigate(AuditLogView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Protokoll");
        assertThat(find(TextField.class).all()).extracting(TextField::getLabel).contains("Suchen");
        assertThat(find(DatePicker.class).all()).extracting(DatePicker::getLabel).containsExactly("Von", "Bis");
        assertThat(find(DatePicker.class).all()).allSatisfy(p -> assertThat(p.getI18n().getMonthNames()).contains("März"));
        assertThat(find(Span.class).all()).anySatisfy(s -> assertThat(s.getText()).matches("[\\d.]+ Einträge?"));
        String audit = getCurrentView().getElement().getTextRecursively();
        assertThat(audit).contains("← Verwaltung").doesNotContain("Admin console", "Audit log", "entries");

        navigate("admin", com.vaadin.flow.component.Component.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Verwaltung");
        String console = getCurrentView().getElement().getTextRecursively();
        assertThat(console).contains("Sicherungen", "Jetzt sichern", "Kurse", "Klassen")
                .doesNotContain("Admin console", "Back up now", "Courses", "Classes", "Audit log");
    }
}
