package org.sourcewise.questions.formats;

/**
 * GIFT's backslash escapes. The characters {@code ~ = # { } :} mean something in GIFT, so literal ones
 * are written {@code \~ \= \# \{ \} \:}; {@code \n} is a line break and {@code \\} a backslash. Scanning
 * works on the raw text, skipping escaped characters, and texts are unescaped only once cut out.
 */
final class GiftEscapes {

    static final String SPECIAL = "~=#{}:";

    private GiftEscapes() {
    }

    /** The first unescaped {@code token} in {@code s[from, to)}, or -1. */
    static int indexOf(String s, String token, int from, int to) {
        for (int i = from; i + token.length() <= to; i++) {
            if (s.charAt(i) == '\\') {
                i++;
            } else if (s.startsWith(token, i)) {
                return i;
            }
        }
        return -1;
    }

    /** The last unescaped {@code token} in {@code s[from, to)}, or -1 (overlapping runs count, as PHP's strrpos does). */
    static int lastIndexOf(String s, String token, int from, int to) {
        int last = -1;
        for (int i = from; i + token.length() <= to; i++) {
            if (s.charAt(i) == '\\') {
                i++;
            } else if (s.startsWith(token, i)) {
                last = i;
            }
        }
        return last;
    }

    static String unescape(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < raw.length()) {
                char next = raw.charAt(i + 1);
                if (SPECIAL.indexOf(next) >= 0 || next == '\\') {
                    out.append(next);
                    i++;
                    continue;
                }
                if (next == 'n') {
                    out.append('\n');
                    i++;
                    continue;
                }
            }
            // An unknown escape such as Markdown's \* stays as written.
            out.append(c);
        }
        return out.toString();
    }

    /** Text as one GIFT line: specials and backslashes escaped, line breaks as {@code \n}. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || SPECIAL.indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                    out.append("\\n");
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
