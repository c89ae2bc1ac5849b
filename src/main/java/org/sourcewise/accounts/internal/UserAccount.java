package org.sourcewise.accounts.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.sourcewise.accounts.Appearance;
import org.sourcewise.accounts.Role;
import org.sourcewise.accounts.UserId;
import org.sourcewise.accounts.UserSummary;

@Entity
@Table(name = "app_user")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** When the user's sessions were last ended (deactivation, role change): sessions logged in before it end on every node. */
    @Column(name = "sessions_ended_at")
    private @Nullable Instant sessionsEndedAt;

    /** The colour scheme chosen with the theme switch; null until a choice, which means the system's. */
    @Enumerated(EnumType.STRING)
    @Column(length = 8)
    private @Nullable Appearance appearance;

    @Column(length = 16)
    private @Nullable String language;

    protected UserAccount() {
    }

    public UserAccount(String username, String passwordHash, String displayName, Role role, Instant createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role getRole() {
        return role;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void disable(Instant at) {
        this.enabled = false;
        this.sessionsEndedAt = at;
    }

    public void enable() {
        this.enabled = true;
    }

    /** A session keeps the role it logged in with: the user's sessions end, and they log in again. */
    public void changeRole(Role role, Instant at) {
        this.role = role;
        this.sessionsEndedAt = at;
    }

    public void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public Appearance getAppearance() {
        return appearance == null ? Appearance.SYSTEM : appearance;
    }

    public void chooseAppearance(Appearance appearance) {
        this.appearance = appearance;
    }

    /** The BCP 47 tag of the language the user chose, or null when the browser's language applies. */
    public @Nullable String getLanguage() {
        return language;
    }

    public void chooseLanguage(String languageTag) {
        this.language = languageTag;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public UserSummary summary() {
        return new UserSummary(new UserId(id), username, displayName, role);
    }
}
