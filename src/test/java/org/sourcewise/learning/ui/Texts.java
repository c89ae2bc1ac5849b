package org.sourcewise.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;

/** Everything a component shows as text, including Markdown rendered into inner HTML and field labels. */
final class Texts {

    private Texts() {
    }

    static String of(Component component) {
        StringBuilder text = new StringBuilder();
        collect(component.getElement(), text);
        return text.toString();
    }

    private static void collect(Element element, StringBuilder text) {
        if (!element.isTextNode() && !element.isVisible()) {
            return;
        }
        if (element.isTextNode()) {
            text.append(element.getText()).append(' ');
            return;
        }
        String inner = element.getProperty("innerHTML");
        if (inner != null) {
            text.append(inner).append(' ');
        }
        String label = element.getProperty("label");
        if (label != null) {
            text.append(label).append(' ');
        }
        element.getChildren().forEach(child -> collect(child, text));
    }
}
