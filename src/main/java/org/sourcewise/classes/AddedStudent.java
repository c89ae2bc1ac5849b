package org.sourcewise.classes;

/**
 * A student named to a class: enrolled at once (by an admin), or invited and joining when they accept
 * (by an instructor, who cannot enrol an existing account without its owner's consent).
 */
public record AddedStudent(String username, boolean invited) {
}
