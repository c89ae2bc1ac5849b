package org.sourcewise.accounts;

import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.sourcewise.accounts.AccountChanged.Kind;
import org.sourcewise.accounts.internal.UserAccount;
import org.sourcewise.accounts.internal.UserAccountRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User management for admins: list and search, create, deactivate and reactivate, reset a password,
 * change a role, and import many users from CSV, all or nothing. An admin cannot lock themselves out:
 * they cannot deactivate or demote their own account, and the last active admin stays one. Every
 * change is announced as an {@link AccountChanged} for the audit log.
 */
@Service
public class UserAdminService {

    private static final int MAX_CSV_BYTES = 1_000_000;
    private static final int MAX_CSV_ROWS = 500;
    private static final String PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    /** The CSV columns, in the order docs/admin.md documents them. */
    public static final List<String> CSV_COLUMNS = List.of("username", "display_name", "role", "password");

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final NewAccounts newAccounts;
    private final java.time.Clock clock;
    private final SecureRandom random = new SecureRandom();

    UserAdminService(UserAccountRepository users, PasswordEncoder passwordEncoder, CurrentUser currentUser,
                     ApplicationEventPublisher events, NewAccounts newAccounts, java.time.Clock clock) {
        this.clock = clock;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.events = events;
        this.newAccounts = newAccounts;
    }

    /**
     * Users whose username or name contains the text (any case), of the role and status given (null
     * for any), by username.
     */
    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public List<ManagedUser> search(@Nullable String text, @Nullable Role role, @Nullable Boolean enabled) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return users.findAll().stream()
                .filter(u -> needle.isEmpty() || u.getUsername().toLowerCase(Locale.ROOT).contains(needle)
                        || u.getDisplayName().toLowerCase(Locale.ROOT).contains(needle))
                .filter(u -> role == null || u.getRole() == role)
                .filter(u -> enabled == null || u.isEnabled() == enabled)
                .sorted(Comparator.comparing(UserAccount::getUsername, String.CASE_INSENSITIVE_ORDER))
                .map(UserAdminService::managed)
                .toList();
    }

    /** Usernames of these users, for lists that store ids. */
    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public Map<UserId, String> usernames(Collection<UserId> ids) {
        return users.findByIdIn(ids.stream().map(UserId::value).toList()).stream()
                .collect(Collectors.toMap(u -> new UserId(u.getId()), UserAccount::getUsername));
    }

    /** The users whose username contains the text, for searches by actor. */
    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public List<UserId> idsWithUsernameContaining(String text) {
        return users.findByUsernameContainingIgnoreCase(text.strip()).stream().map(u -> new UserId(u.getId())).toList();
    }

    /**
     * Creates a user; with a blank password one is generated and returned (shown once). Refused with
     * the field at fault: a malformed or taken username, a name over 120 characters, a short password.
     */
    @RolesAllowed("ADMIN")
    @Transactional
    public PasswordReset create(String username, String displayName, Role role, String password) {
        if (role == null) {
            throw new AccountException("role", "accounts.refused.choose-role");
        }
        boolean generate = password == null || password.isEmpty();
        String clear = generate ? generatePassword() : password;
        UserAccount saved = newAccounts.create(AccountFields.of(username, displayName, clear), role);
        events.publishEvent(new AccountChanged(Kind.CREATED, target(saved), "role " + role.name()
                + (generate ? ", password generated" : ", password set by the admin")));
        return new PasswordReset(new UserId(saved.getId()), generate ? clear : null);
    }

    /** Deactivates (no more logins) or reactivates a user. Not one's own account, nor the last active admin. */
    @RolesAllowed("ADMIN")
    @Transactional
    public ManagedUser setEnabled(UserId id, boolean enabled) {
        UserAccount user = find(id);
        if (user.isEnabled() == enabled) {
            return managed(user);
        }
        if (!enabled) {
            if (isMe(user)) {
                throw new AccountException("enabled", "accounts.refused.deactivate-self");
            }
            if (user.getRole() == Role.ADMIN && users.countByRoleAndEnabledTrue(Role.ADMIN) <= 1) {
                throw new AccountException("enabled", "accounts.refused.last-admin-active", user.getUsername());
            }
            user.disable(clock.instant());
        } else {
            user.enable();
        }
        events.publishEvent(new AccountChanged(enabled ? Kind.REACTIVATED : Kind.DEACTIVATED, target(user), null));
        return managed(user);
    }

    /** Gives a user another role. Not one's own role, nor the last active admin's. */
    @RolesAllowed("ADMIN")
    @Transactional
    public ManagedUser changeRole(UserId id, Role role) {
        if (role == null) {
            throw new AccountException("role", "accounts.refused.choose-role");
        }
        UserAccount user = find(id);
        Role before = user.getRole();
        if (before == role) {
            return managed(user);
        }
        if (isMe(user)) {
            throw new AccountException("role", "accounts.refused.own-role");
        }
        if (before == Role.ADMIN && user.isEnabled() && users.countByRoleAndEnabledTrue(Role.ADMIN) <= 1) {
            throw new AccountException("role", "accounts.refused.last-admin-role", user.getUsername());
        }
        user.changeRole(role, clock.instant());
        events.publishEvent(new AccountChanged(Kind.ROLE_CHANGED, target(user), before.name() + " -> " + role.name()));
        return managed(user);
    }

    /** Sets a new password, or with a blank one generates one and returns it (shown once). */
    @RolesAllowed("ADMIN")
    @Transactional
    public PasswordReset resetPassword(UserId id, String password) {
        UserAccount user = find(id);
        boolean generate = password == null || password.isEmpty();
        if (!generate) {
            newAccounts.checkPassword(password);
        }
        String clear = generate ? generatePassword() : password;
        user.changePassword(hash(clear));
        events.publishEvent(new AccountChanged(Kind.PASSWORD_RESET, target(user),
                generate ? "password generated" : "password set by the admin"));
        return new PasswordReset(id, generate ? clear : null);
    }

    /**
     * Creates the users a CSV lists (columns in docs/admin.md: a header row naming {@link #CSV_COLUMNS},
     * username required, role STUDENT when blank, a password generated when blank). All or nothing:
     * every problem is reported with its line and no one is created. A dry run checks and reports
     * what it would create, and changes nothing.
     */
    @RolesAllowed("ADMIN")
    @Transactional
    public UserImport importCsv(byte[] csv, boolean dryRun) {
        if (csv.length > MAX_CSV_BYTES) {
            throw new UserImportException(List.of(new UserImportException.Problem(0,
                    Refusal.of("accounts.import.too-large"))));
        }
        List<CSVRecord> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        String decoded = new String(csv, StandardCharsets.UTF_8);
        String text = decoded.startsWith("\uFEFF") ? decoded.substring(1) : decoded;
        try (var parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setTrim(true).get().parse(new StringReader(text))) {
            // the line a record starts on, counted in the text (blank lines are skipped, so record numbers are not lines)
            int line = 1;
            long counted = 0;
            for (CSVRecord record : parser) {
                for (long c = counted; c < record.getCharacterPosition(); c++) {
                    if (text.charAt((int) c) == '\n') {
                        line++;
                    }
                }
                counted = record.getCharacterPosition();
                // the parser's position is before any blank lines it skipped to reach the record
                while (counted < text.length() && Character.isWhitespace(text.charAt((int) counted))) {
                    if (text.charAt((int) counted) == '\n') {
                        line++;
                    }
                    counted++;
                }
                records.add(record);
                lines.add(line);
            }
        } catch (IOException | RuntimeException e) {
            throw new UserImportException(List.of(new UserImportException.Problem(0,
                    Refusal.of("accounts.import.unreadable", String.valueOf(e.getMessage())))));
        }
        if (records.isEmpty()) {
            throw new UserImportException(List.of(new UserImportException.Problem(0,
                    Refusal.of("accounts.import.empty", String.join(",", CSV_COLUMNS)))));
        }
        Map<String, Integer> columns = new LinkedHashMap<>();
        List<UserImportException.Problem> problems = new ArrayList<>();
        List<String> header = records.getFirst().toList();
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i).strip().toLowerCase(Locale.ROOT).replace(' ', '_');
            if (!CSV_COLUMNS.contains(column)) {
                problems.add(new UserImportException.Problem(lines.getFirst(), Refusal.of("accounts.import.unknown-column",
                        header.get(i), String.join(", ", CSV_COLUMNS))));
            } else if (columns.putIfAbsent(column, i) != null) {
                problems.add(new UserImportException.Problem(lines.getFirst(), Refusal.of("accounts.import.column-twice", column)));
            }
        }
        if (!columns.containsKey("username")) {
            problems.add(new UserImportException.Problem(lines.getFirst(),
                    Refusal.of("accounts.import.no-username-column", String.join(",", CSV_COLUMNS))));
        }
        if (!problems.isEmpty()) {
            throw new UserImportException(problems);
        }
        if (records.size() - 1 > MAX_CSV_ROWS) {
            throw new UserImportException(List.of(new UserImportException.Problem(0,
                    Refusal.of("accounts.import.too-many", records.size() - 1, MAX_CSV_ROWS))));
        }
        Set<String> seen = new HashSet<>();
        List<UserImport.Row> rows = new ArrayList<>();
        List<AccountFields> accounts = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            CSVRecord r = records.get(i);
            int line = lines.get(i);
            String username = value(r, columns.get("username"));
            String displayName = value(r, columns.get("display_name"));
            String roleName = value(r, columns.get("role"));
            String password = value(r, columns.get("password"));
            List<Refusal> wrong = new ArrayList<>();
            Role role = Role.STUDENT;
            if (!roleName.isEmpty()) {
                try {
                    role = Role.valueOf(roleName.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    wrong.add(Refusal.of("accounts.import.unknown-role", roleName));
                }
            }
            // a blank password is generated later; the rules are checked on what was typed
            AccountFields fields = AccountFields.of(username, displayName, password.isEmpty() ? generatePassword() : password);
            if (username.isEmpty()) {
                wrong.add(Refusal.of("accounts.import.no-username"));
            }
            List<AccountException> broken = newAccounts.problems(fields).stream()
                    .filter(p -> !username.isEmpty() || !p.field().equals("username")).toList();
            broken.stream().map(p -> onALine(p.refusal())).forEach(wrong::add);
            if (broken.stream().noneMatch(p -> p.field().equals("username"))) {
                if (!username.isEmpty() && !seen.add(username.toLowerCase(Locale.ROOT))) {
                    wrong.add(Refusal.of("accounts.import.username-repeated", username));
                } else if (!username.isEmpty() && newAccounts.taken(username)) {
                    wrong.add(Refusal.of("accounts.import.username-taken", username));
                }
            }
            if (!wrong.isEmpty()) {
                problems.add(new UserImportException.Problem(line, wrong));
                continue;
            }
            boolean generate = password.isEmpty() && !dryRun;
            accounts.add(fields);
            rows.add(new UserImport.Row(line, fields.username(), fields.displayName(), role,
                    generate ? fields.password() : null));
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(new UserImportException.Problem(0, Refusal.of("accounts.import.no-users")));
        }
        if (!problems.isEmpty()) {
            throw new UserImportException(problems);
        }
        if (dryRun) {
            return new UserImport(true, rows);
        }
        for (int i = 0; i < rows.size(); i++) {
            UserImport.Row row = rows.get(i);
            UserAccount saved = newAccounts.store(accounts.get(i), row.role());
            events.publishEvent(new AccountChanged(Kind.CREATED, target(saved), "role " + row.role().name()
                    + ", from CSV line " + row.line() + (row.generatedPassword() != null ? ", password generated" : "")));
        }
        events.publishEvent(new AccountChanged(Kind.IMPORTED, "users:" + rows.size(),
                rows.size() + " users from CSV: " + rows.stream().map(UserImport.Row::username).collect(Collectors.joining(", "))));
        return new UserImport(false, rows);
    }

    private static String value(CSVRecord r, @Nullable Integer column) {
        return column == null || column >= r.size() ? "" : r.get(column).strip();
    }

    /** A field's rule as one part of a CSV line's problems: the same words, as a clause ("a name has ..."). */
    private static Refusal onALine(Refusal rule) {
        String clause = switch (rule.wordsKey()) {
            case "accounts.rule.username" -> "accounts.import.rule.username";
            case "accounts.rule.name-long" -> "accounts.import.rule.name-long";
            case "accounts.rule.password-short" -> "accounts.import.rule.password-short";
            case "accounts.rule.password-long" -> "accounts.import.rule.password-long";
            case "accounts.rule.password-common" -> "accounts.import.rule.password-common";
            default -> rule.wordsKey();
        };
        return new Refusal(clause, rule.params());
    }

    private String generatePassword() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            sb.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return sb.toString();
    }

    private UserAccount find(UserId id) {
        return users.findById(id.value()).orElseThrow(() -> new AccountException("user", "accounts.refused.no-user", String.valueOf(id.value())));
    }

    private boolean isMe(UserAccount user) {
        return user.getId().equals(currentUser.id().value());
    }

    private static String target(UserAccount user) {
        return "user:" + user.getUsername();
    }

    private static ManagedUser managed(UserAccount u) {
        return new ManagedUser(new UserId(u.getId()), u.getUsername(), u.getDisplayName(), u.getRole(), u.isEnabled(),
                u.getCreatedAt());
    }

    /** Spring's encoder answers null only for a null password, and none is passed here. */
    private String hash(String clear) {
        return Objects.requireNonNull(passwordEncoder.encode(clear));
    }
}
