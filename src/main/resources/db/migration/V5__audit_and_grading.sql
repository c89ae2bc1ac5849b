-- Version 5: teacher grading and the audit log's search.

-- a teacher's grade of one response: who, when, the comment the student sees, and the reason when
-- the grade overrode the automatic mark
alter table response add column grader_comment varchar(4000);
alter table response add column override_reason varchar(1000);
alter table response add column graded_by bigint references app_user (id);
alter table response add column graded_at timestamp with time zone;

-- a teacher's override of a whole attempt's score; grading a question again recomputes the score
-- from the questions and clears it
alter table attempt add column override_reason varchar(1000);

-- the audit log is read newest first and filtered by action
create index ix_audit_log_at on audit_log (at desc, id desc);
create index ix_audit_log_action on audit_log (action, at);
