-- Time and attempt accommodations (issue 18): an instructor gives one student more time on a quiz (a
-- percentage and/or minutes), a later close or more attempts, as Moodle's user overrides do. The
-- deadline of an attempt is computed from them when it starts and stored on the attempt, so the
-- server's expiry honours them. Who granted it and when is kept here and in the audit log.
create table quiz_accommodation (
    quiz_id             bigint  not null references quiz (id) on delete cascade,
    student_id          bigint  not null references app_user (id) on delete cascade,
    extra_time_percent  int     not null default 0,
    extra_minutes       int     not null default 0,
    close_at            timestamp with time zone,
    extra_attempts      int     not null default 0,
    granted_by          bigint  not null references app_user (id),
    granted_at          timestamp with time zone not null,
    primary key (quiz_id, student_id)
);
create index ix_quiz_accommodation_student on quiz_accommodation (student_id);
