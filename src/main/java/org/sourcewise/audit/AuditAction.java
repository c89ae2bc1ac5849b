package org.sourcewise.audit;

/** The actions the audit log records; docs/admin.md explains each with its target and detail. */
public final class AuditAction {

    public static final String LOGIN = "LOGIN";
    public static final String LOGIN_FAILED = "LOGIN_FAILED";
    public static final String LOGIN_LOCKED_OUT = "LOGIN_LOCKED_OUT";
    public static final String USER_CREATED = "USER_CREATED";
    public static final String USERS_IMPORTED = "USERS_IMPORTED";
    public static final String ROLE_CHANGED = "ROLE_CHANGED";
    public static final String USER_DEACTIVATED = "USER_DEACTIVATED";
    public static final String USER_REACTIVATED = "USER_REACTIVATED";
    public static final String PASSWORD_RESET = "PASSWORD_RESET";
    public static final String ESSAY_GRADED = "ESSAY_GRADED";
    public static final String QUESTION_GRADE_OVERRIDDEN = "QUESTION_GRADE_OVERRIDDEN";
    public static final String ATTEMPT_GRADE_OVERRIDDEN = "ATTEMPT_GRADE_OVERRIDDEN";
    public static final String ACCOMMODATION_GRANTED = "ACCOMMODATION_GRANTED";
    public static final String ACCOMMODATION_WITHDRAWN = "ACCOMMODATION_WITHDRAWN";
    public static final String TIME_GIVEN_BACK = "TIME_GIVEN_BACK";
    public static final String BACKUP_MADE = "BACKUP_MADE";

    /** Every action, for the search's action filter. */
    public static final java.util.List<String> ALL = java.util.List.of(LOGIN, LOGIN_FAILED, LOGIN_LOCKED_OUT, USER_CREATED, USERS_IMPORTED,
            ROLE_CHANGED, USER_DEACTIVATED, USER_REACTIVATED, PASSWORD_RESET, ESSAY_GRADED, QUESTION_GRADE_OVERRIDDEN,
            ATTEMPT_GRADE_OVERRIDDEN, ACCOMMODATION_GRANTED, ACCOMMODATION_WITHDRAWN, TIME_GIVEN_BACK, BACKUP_MADE);

    private AuditAction() {
    }
}
