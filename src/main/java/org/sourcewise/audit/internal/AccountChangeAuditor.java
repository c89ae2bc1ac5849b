package org.sourcewise.audit.internal;

import org.sourcewise.accounts.AccountChanged;
import org.sourcewise.audit.AuditAction;
import org.sourcewise.audit.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes an audit entry for each account change the accounts feature announces, in the same
 * transaction as the change, with the admin who made it as the actor.
 */
@Component
class AccountChangeAuditor {

    private final AuditLog log;

    AccountChangeAuditor(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void changed(AccountChanged change) {
        String action = switch (change.kind()) {
            case CREATED -> AuditAction.USER_CREATED;
            case IMPORTED -> AuditAction.USERS_IMPORTED;
            case ROLE_CHANGED -> AuditAction.ROLE_CHANGED;
            case DEACTIVATED -> AuditAction.USER_DEACTIVATED;
            case REACTIVATED -> AuditAction.USER_REACTIVATED;
            case PASSWORD_RESET -> AuditAction.PASSWORD_RESET;
        };
        log.record(action, change.target(), change.detail());
    }
}
