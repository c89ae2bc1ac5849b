package org.sourcewise.learning.internal;

import java.util.Random;

/**
 * The order a student sees a question's choices in: a shuffle that depends only on a seed, so the
 * server can show a question and later map the student's picks back to the authored order without
 * storing anything. {@code display[i]} is the authored index of the choice shown at position i.
 */
public final class DisplayOrder {

    private DisplayOrder() {
    }

    /** A seed for one student, one question version and one round (a lesson page uses round 0). */
    public static long seed(long userId, long versionId, long round) {
        long h = userId * 0x9E3779B97F4A7C15L;
        h ^= Long.rotateLeft(versionId * 0xC2B2AE3D27D4EB4FL, 21);
        h ^= Long.rotateLeft(round * 0x165667B19E3779F9L, 42);
        return h;
    }

    /** A shuffled order of {@code n} items (Fisher-Yates with {@link Random}, stable across JVMs). */
    public static int[] shuffled(int n, long seed) {
        int[] order = identity(n);
        Random random = new Random(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    /** Like {@link #shuffled} but never the identity when n > 1: for items the student must put in order. */
    public static int[] scrambled(int n, long seed) {
        int[] order = shuffled(n, seed);
        if (n > 1 && isIdentity(order)) {
            // rotate by one: every item moves
            for (int i = 0; i < n; i++) {
                order[i] = (i + 1) % n;
            }
        }
        return order;
    }

    public static int[] identity(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return order;
    }

    private static boolean isIdentity(int[] order) {
        for (int i = 0; i < order.length; i++) {
            if (order[i] != i) {
                return false;
            }
        }
        return true;
    }
}
