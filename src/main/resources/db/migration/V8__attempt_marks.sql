-- Each submitted attempt's marks in one row (docs/performance.md, results at scale): the statistics of
-- a quiz read one row per attempt instead of one per question and one per answer. The rows are a copy:
-- written at submit, and rewritten from attempt_question and response whenever an attempt's
-- marks_revision (raised by every submit and regrade) no longer matches the copy's.
alter table attempt add column marks_revision int not null default 0;

create table attempt_marks (
    attempt_id  bigint primary key references attempt (id) on delete cascade,
    revision    int    not null,
    marks       varchar(1000000) not null
);
