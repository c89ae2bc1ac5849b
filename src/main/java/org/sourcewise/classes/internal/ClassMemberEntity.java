package org.sourcewise.classes.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "class_member")
@IdClass(ClassMemberEntity.Key.class)
public class ClassMemberEntity {

    public enum MemberRole { STUDENT, INSTRUCTOR }

    public record Key(@Nullable Long classId, @Nullable Long userId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    private Long classId;
    @Id
    private Long userId;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private MemberRole role;
    private Instant joinedAt;
    private boolean joinedByCode;

    protected ClassMemberEntity() {
    }

    public ClassMemberEntity(Long classId, Long userId, MemberRole role, Instant joinedAt, boolean joinedByCode) {
        this.classId = classId;
        this.userId = userId;
        this.role = role;
        this.joinedAt = joinedAt;
        this.joinedByCode = joinedByCode;
    }

    public Long getClassId() {
        return classId;
    }

    public Long getUserId() {
        return userId;
    }

    public MemberRole getRole() {
        return role;
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }

    public boolean isJoinedByCode() {
        return joinedByCode;
    }
}
