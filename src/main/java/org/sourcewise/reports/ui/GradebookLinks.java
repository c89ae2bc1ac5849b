package org.sourcewise.reports.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.nio.charset.StandardCharsets;
import org.sourcewise.reports.GradebookService;
import org.sourcewise.reports.exports.GradebookExport;

/** Under a gradebook's heading: its claim mastery, and the gradebook as CSV or XLSX. */
final class GradebookLinks extends Div {

    GradebookLinks(long classId, GradebookService gradebooks) {
        addClassName("report-links");
        RouterLink mastery = new RouterLink(getTranslation("reports.gradebook.claim-mastery"), ClassMasteryView.class, new RouteParameters("classId", String.valueOf(classId)));
        add(mastery,
                Downloads.link(getTranslation("reports.gradebook.download-csv"), GradebookExport.fileName(classId, "csv"), GradebookExport.CSV_TYPE + "; charset=UTF-8",
                        () -> GradebookExport.csv(gradebooks.gradebook(classId).orElseThrow()).getBytes(StandardCharsets.UTF_8)),
                Downloads.link(getTranslation("reports.gradebook.download-xlsx"), GradebookExport.fileName(classId, "xlsx"), GradebookExport.XLSX_TYPE,
                        () -> GradebookExport.xlsx(gradebooks.gradebook(classId).orElseThrow())));
    }
}
