package org.sourcewise.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The rules an account's fields follow, in one place for every way an account is made or changed
 * (registration, an admin's form, a CSV import, a password reset, the first admin at start-up), and
 * the forms' hints. Passwords follow OWASP ASVS 5.0, V6.2 (docs/admin.md, "Passwords"): 8 to 128
 * characters of any kind, and none of the most common passwords.
 */
public final class AccountRules {

    public static final int MIN_PASSWORD = 8;
    public static final int MAX_PASSWORD = 128;
    public static final int MAX_NAME = 120;
    /** 3 to 64 letters, digits, dots, dashes or underscores. */
    public static final String USERNAME = "[A-Za-z0-9._-]{3,64}";
    public static final String USERNAME_RULE = "A username has 3 to 64 letters, digits, dots, dashes or underscores, without spaces.";

    private AccountRules() {
    }

    /** What is wrong with a password someone chose, in English, or null when nothing is. */
    public static @Nullable String passwordProblem(@Nullable String password) {
        Refusal refusal = passwordRefusal(password);
        return refusal == null ? null : refusal.english();
    }

    /** What is wrong with a password someone chose, as words, or null when nothing is. */
    public static @Nullable Refusal passwordRefusal(@Nullable String password) {
        if (password == null) {
            return Refusal.of("accounts.rule.password-short", MIN_PASSWORD);
        }
        // characters as a person counts them: an emoji is one, not two UTF-16 units
        int length = password.codePointCount(0, password.length());
        if (length < MIN_PASSWORD) {
            return Refusal.of("accounts.rule.password-short", MIN_PASSWORD);
        }
        if (length > MAX_PASSWORD) {
            return Refusal.of("accounts.rule.password-long", MAX_PASSWORD);
        }
        if (CommonPasswords.LIST.contains(password.toLowerCase(Locale.ROOT))) {
            return Refusal.of("accounts.rule.password-common");
        }
        return null;
    }

    /** What is wrong with a display name, in English, or null when nothing is. */
    public static @Nullable String nameProblem(String shown) {
        Refusal refusal = nameRefusal(shown);
        return refusal == null ? null : refusal.english();
    }

    /** What is wrong with a display name, as words, or null when nothing is. */
    public static @Nullable Refusal nameRefusal(String shown) {
        return shown.length() > MAX_NAME ? Refusal.of("accounts.rule.name-long", MAX_NAME) : null;
    }

    /** The rule a username follows ({@link #USERNAME_RULE}), as words. */
    public static Refusal usernameRule() {
        return Refusal.of("accounts.rule.username");
    }

    /** Loaded on first use (about 18,000 entries, under 2 MB), then kept. */
    private static final class CommonPasswords {
        static final Set<String> LIST = load();

        private static Set<String> load() {
            Set<String> list = new HashSet<>(40_000);
            try (InputStream in = AccountRules.class.getResourceAsStream("/accounts/common-passwords.txt")) {
                if (in == null) {
                    throw new IllegalStateException("accounts/common-passwords.txt is missing from the application");
                }
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        list.add(line.strip());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Set.copyOf(list);
        }
    }
}
