package org.sourcewise.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.select.Select;

/**
 * Marks a course's own words with the course's language (its {@code lang} attribute), so that a
 * screen reader speaks them in that language. Only the course's words: an element that holds the
 * app's words too (a field with its label, a group with its aria-label) is left unmarked, or a German
 * page's "Ihre Antwort" would be read as English.
 */
public final class CourseText {

    private CourseText() {
    }

    /** {@code component}, marked as the course's words in {@code language} (a BCP 47 tag). */
    public static <C extends Component> C in(String language, C component) {
        component.getElement().setAttribute("lang", language);
        return component;
    }

    /**
     * Labels {@code select} with the course's words: a slotted label element that carries the course's
     * language, where the label property would give the field's own label no lang of its own.
     */
    public static void label(Select<?> select, String text, String language) {
        NativeLabel label = in(language, new NativeLabel(text));
        label.getElement().setAttribute("slot", "label");
        select.add(label);
    }
}
