package org.sourcewise.browser.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.sourcewise.browser.Bundles;
import org.sourcewise.browser.Languages;
import org.springframework.stereotype.Component;

/**
 * Vaadin's source of every word the views show (issue 18): {@code getTranslation(key, ...)} in any
 * component ends here. The words are {@link Bundles}, read once from the class path; a view in a
 * language the app does not speak gets English.
 */
@Component
class Translations implements I18NProvider {

    @Override
    public List<Locale> getProvidedLocales() {
        return Languages.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return Bundles.loaded().say(locale, key, params);
    }
}
