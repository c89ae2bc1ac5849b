package org.sourcewise.classes;

import org.jspecify.annotations.Nullable;

/** A class as its members see it; the join code is given to staff only (null for students). */
public record ClassInfo(long id, String name, Long courseId, @Nullable String joinCode, int studentCount) {
}
