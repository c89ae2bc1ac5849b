package org.sourcewise.reports.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableRow;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * A chart and the same figures in a table beside it (below it on a narrow screen). The chart is our
 * own server-drawn SVG, shown as an image from a data URL, so nothing in it can run in the page; the
 * table is what a screen reader reads.
 */
final class ChartPanel extends Div {

    private final Image image;
    private final NativeTable table = new NativeTable();

    ChartPanel(String title, String svg, List<String> headers, List<List<String>> rows) {
        addClassNames("card", "chart-panel");
        image = new Image("data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8)),
                getTranslation("reports.chart.image", title));
        image.addClassName("chart-image");
        image.setWidthFull();
        Div figure = new Div(image);
        figure.addClassName("chart-figure");

        table.addClassName("chart-table");
        table.setCaptionText(title);
        NativeTableRow head = table.getHead().addRow();
        headers.forEach(h -> head.addHeaderCell().setText(h));
        head.getHeaderCells().forEach(c -> c.getElement().setAttribute("scope", "col"));
        NativeTableBody body = table.getBody();
        for (List<String> row : rows) {
            NativeTableRow tr = body.addRow();
            for (int i = 0; i < row.size(); i++) {
                if (i == 0) {
                    tr.addHeaderCell().setText(row.get(i));
                    tr.getHeaderCells().getLast().getElement().setAttribute("scope", "row");
                } else {
                    tr.addDataCell().setText(row.get(i));
                }
            }
        }
        Div tableBox = new Div(table);
        tableBox.addClassName("chart-table-box");
        // the box scrolls a long table: keyboard users must be able to reach it to scroll (WCAG 2.1.1),
        // and a focusable region needs a name
        tableBox.getElement().setAttribute("tabindex", "0");
        tableBox.getElement().setAttribute("role", "region");
        tableBox.getElement().setAttribute("aria-label", getTranslation("reports.chart.table", title));
        add(figure, tableBox);
    }

    Image image() {
        return image;
    }

    NativeTable table() {
        return table;
    }
}
