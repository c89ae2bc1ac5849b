package org.sourcewise.accounts;

/**
 * The colour scheme a user chose for the app: follow the system's setting (prefers-color-scheme, the
 * default), or always light, or always dark. Stored on the user, so it follows them to another device.
 */
public enum Appearance {
    SYSTEM, LIGHT, DARK
}
