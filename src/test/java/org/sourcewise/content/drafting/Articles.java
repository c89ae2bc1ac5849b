package org.sourcewise.content.drafting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The test articles under src/test/resources/drafting: short made-up news stories written for these tests. */
public final class Articles {

    public static final String TRAM = "harbour-tram.txt";
    public static final String DAM = "river-dam.md";
    public static final String CHESS = "chess-club.html";

    private Articles() {
    }

    public static String text(String name) {
        try (InputStream in = Articles.class.getResourceAsStream("/drafting/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test article " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
