package org.sourcewise;

import java.util.concurrent.atomic.AtomicLong;

/** Names no other test in this JVM has used: test classes share one database. */
public final class Unique {

    private static final AtomicLong NEXT = new AtomicLong();

    private Unique() {
    }

    /** {@code prefix} followed by a number that no earlier call returned. */
    public static String name(String prefix) {
        return prefix + NEXT.incrementAndGet();
    }
}
