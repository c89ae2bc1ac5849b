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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import org.sourcewise.browser.ui.BrowserZone;
import org.sourcewise.browser.ui.BuiltInWords;
import org.sourcewise.audit.AuditAction;
import org.sourcewise.audit.AuditEntry;
import org.sourcewise.audit.AuditLog;
import org.sourcewise.audit.AuditQuery;

/**
 * The audit log for admins: newest first, searched by text (target, detail or the actor's
 * username), action and days; the grid fetches one page at a time, however long the log is.
 */
@Route("admin/audit")
@RolesAllowed("ADMIN")
@StyleSheet("styles/admin.css")
class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    /** When an entry was made, to the second, written in the page's language by {@link BrowserZone#format}. */
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.MEDIUM);
    /** The action filter's first item, which filters nothing; shown as the words for "any action". */
    private static final String ANY = "*";

    private final AuditLog audit;
    private final TextField text = new TextField();
    private final Select<String> action = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<AuditEntry> grid = new Grid<>();
    private final Span count = new Span();

    AuditLogView(AuditLog audit) {
        this.audit = audit;
        addClassNames("page", "page-wide", "audit-log");
        add(new Anchor("admin", getTranslation("audit.log.back")), new H1(getTranslation("audit.log.heading")));

        text.setLabel(getTranslation("audit.log.search"));
        text.setPlaceholder(getTranslation("audit.log.search-placeholder"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setId("audit-search");
        List<String> actions = new ArrayList<>();
        actions.add(ANY);
        actions.addAll(AuditAction.ALL);
        action.setLabel(getTranslation("audit.log.action"));
        action.setItems(actions);
        // the actions are the log's own codes (docs/admin.md), shown as they are stored and searched
        action.setItemLabelGenerator(a -> ANY.equals(a) ? getTranslation("audit.log.any-action") : a);
        action.setValue(ANY);
        action.setId("audit-action");
        from.setLabel(getTranslation("audit.log.from"));
        to.setLabel(getTranslation("audit.log.to"));
        from.setI18n(BuiltInWords.datePicker());
        to.setI18n(BuiltInWords.datePicker());
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        HorizontalLayout filters = new HorizontalLayout(text, action, from, to);
        filters.addClassName("audit-filters");
        filters.setAlignItems(Alignment.BASELINE);
        count.addClassName("muted");
        count.setId("audit-count");
        add(filters, count);

        grid.addClassName("audit-grid");
        grid.addColumn(e -> BrowserZone.format(WHEN, e.at())).setHeader(getTranslation("audit.log.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.actor() == null ? "–" : e.actor()).setHeader(getTranslation("audit.log.who")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::action).setHeader(getTranslation("audit.log.action")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::target).setHeader(getTranslation("audit.log.target")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(e -> {
            Span detail = new Span(e.detail() == null ? "" : e.detail());
            detail.addClassName("audit-detail");
            return detail;
        }).setHeader(getTranslation("audit.log.detail")).setFlexGrow(1);
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

    @Override
    public String getPageTitle() {
        return getTranslation("audit.log.title");
    }

    private void refresh() {
        AuditQuery query = query();
        long total = audit.count(query);
        count.setText(getTranslation("audit.log.count", total));
        grid.setItems(q -> audit.search(query, q.getOffset(), q.getLimit()).stream(), q -> (int) Math.min(Integer.MAX_VALUE, total));
    }
}
