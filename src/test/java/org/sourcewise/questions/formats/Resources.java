package org.sourcewise.questions.formats;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test files under src/test/resources/formats, read as UTF-8. */
final class Resources {

    private Resources() {
    }

    static String text(String path) {
        return new String(bytes(path), StandardCharsets.UTF_8);
    }

    static byte[] bytes(String path) {
        try (InputStream in = Resources.class.getResourceAsStream("/formats/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource formats/" + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
