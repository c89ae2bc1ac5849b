package org.sourcewise.accounts;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sourcewise.accounts.internal.DemoAccounts;
import org.sourcewise.browser.Languages;
import org.sourcewise.accounts.internal.UserAccount;
import org.sourcewise.accounts.internal.UserAccountRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users and their roles. Self-registration is for anonymous visitors (the join-code check lives in
 * the classes feature, which calls {@link #registerStudent}); everything else is for staff.
 */
@Service
public class AccountService {

    private final UserAccountRepository users;
    private final NewAccounts newAccounts;
    private final DemoAccounts demoAccounts;
    private final CurrentUser currentUser;

    AccountService(UserAccountRepository users, NewAccounts newAccounts, DemoAccounts demoAccounts, CurrentUser currentUser) {
        this.users = users;
        this.newAccounts = newAccounts;
        this.demoAccounts = demoAccounts;
        this.currentUser = currentUser;
    }

    /** Creates a student account; the caller has checked the join code. */
    @PreAuthorize("isAnonymous() or hasRole('ADMIN')")
    @Transactional
    public UserSummary registerStudent(String username, String displayName, String password) {
        return create(username, displayName, password, Role.STUDENT);
    }

    @RolesAllowed("ADMIN")
    @Transactional
    public UserSummary createUser(String username, String displayName, String password, Role role) {
        return create(username, displayName, password, role);
    }

    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    @Transactional(readOnly = true)
    public Optional<UserSummary> findByUsername(String username) {
        return users.findByUsernameIgnoreCase(username.strip()).map(UserAccount::summary);
    }

    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    @Transactional(readOnly = true)
    public List<UserSummary> findAll(Collection<UserId> ids) {
        return users.findByIdIn(ids.stream().map(UserId::value).toList()).stream()
                .map(UserAccount::summary)
                .sorted(Comparator.comparing(UserSummary::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public List<UserSummary> findAllUsers() {
        return users.findAll().stream().map(UserAccount::summary)
                .sorted(Comparator.comparing(UserSummary::username)).toList();
    }

    /** The demo accounts to list on the login page; empty unless demo mode is on. */
    @PermitAll
    public List<DemoAccount> demoAccounts() {
        return demoAccounts.enabled() ? demoAccounts.accounts() : List.of();
    }

    /**
     * The colour scheme the logged-in user chose; any logged-in user, for themselves only (there is no
     * way to ask for another's). Read when a page is first served, to draw it in that scheme at once.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Appearance myAppearance() {
        return users.findById(currentUser.id().value()).map(UserAccount::getAppearance).orElse(Appearance.SYSTEM);
    }

    /** Keeps the logged-in user's choice of colour scheme, for themselves only. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void chooseAppearance(Appearance appearance) {
        users.findById(currentUser.id().value()).orElseThrow(() -> new AccountException("username", "accounts.refused.account-gone"))
                .chooseAppearance(appearance);
    }

    /** The language the logged-in user chose for the app's words, or empty when their browser's applies. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Locale> myLanguage() {
        return users.findById(currentUser.id().value())
                .map(UserAccount::getLanguage)
                .flatMap(Languages::supported);
    }

    /** Keeps the logged-in user's choice of language, for themselves only; a language the app does not speak is refused. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void chooseLanguage(Locale language) {
        Locale supported = Languages.of(language)
                .orElseThrow(() -> new IllegalArgumentException("Not a language the app speaks: " + language));
        users.findById(currentUser.id().value()).orElseThrow(() -> new AccountException("username", "accounts.refused.account-gone"))
                .chooseLanguage(supported.toLanguageTag());
    }

    private UserSummary create(String username, String displayName, String password, Role role) {
        return newAccounts.create(AccountFields.of(username, displayName, password), role).summary();
    }

}
