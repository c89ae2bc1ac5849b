package org.sourcewise.classes.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A student invited to a class by one of its instructors, until they accept or decline. */
@Entity
@Table(name = "class_invitation")
public class ClassInvitationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long classId;
    private Long userId;
    private Long invitedBy;
    private String invitedByName;
    private Instant invitedAt;

    protected ClassInvitationEntity() {
    }

    public ClassInvitationEntity(Long classId, Long userId, Long invitedBy, String invitedByName, Instant invitedAt) {
        this.classId = classId;
        this.userId = userId;
        this.invitedBy = invitedBy;
        this.invitedByName = invitedByName;
        this.invitedAt = invitedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getClassId() {
        return classId;
    }

    public Long getUserId() {
        return userId;
    }

    public Long getInvitedBy() {
        return invitedBy;
    }

    public String getInvitedByName() {
        return invitedByName;
    }

    public Instant getInvitedAt() {
        return invitedAt;
    }
}
