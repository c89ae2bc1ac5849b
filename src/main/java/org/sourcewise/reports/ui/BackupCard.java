package org.sourcewise.reports.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.sourcewise.browser.ui.BrowserZone;
import org.sourcewise.browser.ui.Words;
import org.sourcewise.operations.Backup;
import org.sourcewise.operations.BackupException;
import org.sourcewise.operations.BackupService;

/** The admin console's backups: make one now (while students keep working) and the latest ones. */
class BackupCard extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.MEDIUM);
    private static final int SHOWN = 5;

    private final BackupService backups;
    private final UnorderedList list = new UnorderedList();
    private final Span status = new Span();

    BackupCard(BackupService backups) {
        this.backups = backups;
        addClassNames("card", "backups");
        Paragraph where = new Paragraph(getTranslation("reports.backup.where", String.valueOf(backups.folder())));
        where.addClassName("muted");
        Button now = new Button(getTranslation("reports.backup.now"), e -> backUp());
        now.setId("back-up-now");
        now.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        status.getElement().setAttribute("role", "status");
        add(new H2(getTranslation("reports.backup.heading")), where, now, status, list);
        refresh();
    }

    private void backUp() {
        try {
            Backup made = backups.backUp();
            status.setText(getTranslation("reports.backup.made", made.name(), size(made.bytes())));
            status.removeClassName("save-failed");
        } catch (BackupException failed) {
            // the service's own words: still English, with the database's or pg_dump's message in them
            status.setText(Words.of(failed));
            status.addClassName("save-failed");
        }
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<Backup> all = backups.backups();
        if (all.isEmpty()) {
            list.add(new ListItem(getTranslation("reports.backup.none")));
        }
        all.stream().limit(SHOWN).forEach(b -> list.add(new ListItem(b.name() + " · " + size(b.bytes()) + " · "
                + BrowserZone.format(WHEN, b.at()))));
        if (all.size() > SHOWN) {
            list.add(new ListItem(getTranslation("reports.backup.older", all.size() - SHOWN)));
        }
    }

    private static String size(long bytes) {
        return bytes < 1024 * 1024 ? Words.of("reports.backup.kb", Math.max(1, bytes / 1024))
                : Words.of("reports.backup.mb", bytes / 1048576.0);
    }
}
