package org.sourcewise.content;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Links into the original article on the publisher's site. Articles have no paragraph anchors, so a
 * paragraph is reached by its key phrases as a URL text fragment ({@code #:~:text=}): browsers that know
 * them (Chromium, Safari, Firefox) scroll to the words and highlight them; the others just open the
 * article. Plain Java.
 */
public final class OriginalLinks {

    private static final Pattern WEB = Pattern.compile("(?i)https?://\\S+");

    private OriginalLinks() {
    }

    /** The address if it is a web page's (http or https); anything else, such as {@code javascript:}, is never linked. */
    public static @Nullable String web(@Nullable String url) {
        return url != null && WEB.matcher(url.strip()).matches() ? url.strip() : null;
    }

    /** The article at the given phrases, or the article alone when there are none; null when it has no web address. */
    public static @Nullable String at(@Nullable String url, List<String> phrases) {
        String web = web(url);
        if (web == null) {
            return null;
        }
        List<String> texts = phrases.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
        if (texts.isEmpty()) {
            return web;
        }
        StringBuilder link = new StringBuilder(web).append(web.contains("#") ? ":~:" : "#:~:");
        for (int i = 0; i < texts.size(); i++) {
            link.append(i == 0 ? "" : "&").append("text=").append(encode(texts.get(i)));
        }
        return link.toString();
    }

    // the text directive's own syntax uses '-', ',' and '&', so everything but letters, digits and
    // ._~ is percent-encoded (URLEncoder would leave '-' and write spaces as '+')
    static String encode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
