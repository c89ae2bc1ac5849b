package org.sourcewise.classes.internal;

import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ClassMemberRepository extends JpaRepository<ClassMemberEntity, ClassMemberEntity.Key> {
    List<ClassMemberEntity> findByUserId(Long userId);

    List<ClassMemberEntity> findByClassId(Long classId);

    boolean existsByClassIdAndUserId(Long classId, Long userId);

    boolean existsByClassIdAndUserIdAndRole(Long classId, Long userId, ClassMemberEntity.MemberRole role);

    List<ClassMemberEntity> findByClassIdAndRole(Long classId, ClassMemberEntity.MemberRole role);

    long countByClassIdAndRole(Long classId, ClassMemberEntity.MemberRole role);

    List<ClassMemberEntity> findByUserIdAndRole(Long userId, ClassMemberEntity.MemberRole role);

    /** Students per class, for lists of many classes; one query. */
    @Query("select m.classId, count(m) from ClassMemberEntity m where m.role = :role and m.classId in :classIds group by m.classId")
    List<Object[]> countByClassIdInAndRole(java.util.Collection<Long> classIds, ClassMemberEntity.MemberRole role);

    /** Students per class for every class, for an admin's list: no list of ids for H2 to check row by row. */
    @Query("select m.classId, count(m) from ClassMemberEntity m where m.role = :role group by m.classId")
    List<Object[]> countByRole(ClassMemberEntity.MemberRole role);
}
