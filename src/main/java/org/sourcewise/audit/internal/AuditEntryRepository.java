package org.sourcewise.audit.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface AuditEntryRepository extends JpaRepository<AuditEntryEntity, Long>, JpaSpecificationExecutor<AuditEntryEntity> {
}
