package org.sourcewise.audit.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sourcewise.browser.ui.BrowserZone;
import org.sourcewise.audit.AuditAction;
import org.sourcewise.audit.AuditEntry;
import org.sourcewise.audit.AuditLog;
import org.sourcewise.audit.AuditQuery;

/**
 * The audit log for admins: newest first, searched by text (target, detail or the actor's
 * username), action and days; the grid fetches one page at a time, however long the log is.
 */
@Route("admin/audit")
@PageTitle("Audit log · Sourcewise")
@RolesAllowed("ADMIN")
@StyleSheet("styles/admin.css")
class AuditLogView extends VerticalLayout {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", Locale.UK);
    private static final String ANY = "Any action";

    private final AuditLog audit;
    private final TextField text = new TextField();
    private final Select<String> action = new Select<>();
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    private final Grid<AuditEntry> grid = new Grid<>();
    private final Span count = new Span();

    AuditLogView(AuditLog audit) {
        this.audit = audit;
        addClassNames("page", "page-wide", "audit-log");
        add(new Anchor("admin", "← Admin console"), new H1("Audit log"));

        text.setLabel("Search");
        text.setPlaceholder("Username, target or detail");
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setId("audit-search");
        List<String> actions = new ArrayList<>();
        actions.add(ANY);
        actions.addAll(AuditAction.ALL);
        action.setLabel("Action");
        action.setItems(actions);
        action.setValue(ANY);
        action.setId("audit-action");
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        HorizontalLayout filters = new HorizontalLayout(text, action, from, to);
        filters.addClassName("audit-filters");
        filters.setAlignItems(Alignment.BASELINE);
        count.addClassName("muted");
        count.setId("audit-count");
        add(filters, count);

        grid.addClassName("audit-grid");
        grid.addColumn(e -> BrowserZone.format(WHEN, e.at())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.actor() == null ? "–" : e.actor()).setHeader("Who").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::action).setHeader("Action").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::target).setHeader("Target").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(e -> {
            Span detail = new Span(e.detail() == null ? "" : e.detail());
            detail.addClassName("audit-detail");
            return detail;
        }).setHeader("Detail").setFlexGrow(1);
        grid.setPageSize(50);
        grid.setHeight("36rem");
        add(grid);

        text.addValueChangeListener(e -> refresh());
        action.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        refresh();
    }

    AuditQuery query() {
        return new AuditQuery(text.getValue(), ANY.equals(action.getValue()) ? null : action.getValue(), from.getValue(), to.getValue());
    }

    private void refresh() {
        AuditQuery query = query();
        long total = audit.count(query);
        count.setText(total == 1 ? "1 entry" : total + " entries");
        grid.setItems(q -> audit.search(query, q.getOffset(), q.getLimit()).stream(), q -> (int) Math.min(Integer.MAX_VALUE, total));
    }
}
