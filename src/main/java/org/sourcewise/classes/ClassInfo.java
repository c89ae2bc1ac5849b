package org.sourcewise.classes;

/** A class as its members see it; the join code is given to staff only (null for students). */
public record ClassInfo(long id, String name, Long courseId, String joinCode, int studentCount) {
}
