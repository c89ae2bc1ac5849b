package org.sourcewise.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A row of {@code audit_log}; written once, never changed. */
@Entity
@Table(name = "audit_log")
public class AuditEntryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private Instant at;
    private @Nullable Long actorId;
    @Column(nullable = false, length = 60)
    private String action;
    @Column(nullable = false, length = 200)
    private String target;
    @Column(length = 32000)
    private @Nullable String detail;

    protected AuditEntryEntity() {
    }

    public AuditEntryEntity(Instant at, @Nullable Long actorId, String action, String target, @Nullable String detail) {
        this.at = at;
        this.actorId = actorId;
        this.action = cut(action, 60);
        this.target = cut(target == null ? "" : target, 200);
        this.detail = detail == null ? null : cut(detail, 32000);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public @Nullable Long getActorId() {
        return actorId;
    }

    public String getAction() {
        return action;
    }

    public String getTarget() {
        return target;
    }

    public @Nullable String getDetail() {
        return detail;
    }
}
