package org.sourcewise.content.ui;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;

/** HTML's {@code <mark>}, which Vaadin has no class for: text highlighted for its relevance here. */
@Tag("mark")
class Mark extends HtmlContainer {

    Mark(String text) {
        setText(text);
    }
}
