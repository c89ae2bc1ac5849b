-- The hot queries of Sourcewise as Hibernate sends them, for EXPLAIN on PostgreSQL
-- (docs/deployment.md, "What EXPLAIN showed"). Run against a database filled by the scale generator:
--   psql -d sourcewise -f docs/explain-hot-queries.sql
-- The ids fit that data (class 2 is the 300-student class, quiz 4 has 5,000 attempts, user 6 is one of
-- its students, attempt 1 is theirs); writes are rolled back. Each plan that uses an index of V22 is
-- shown again with that index dropped inside a transaction that is rolled back.
\pset pager off
\set ON_ERROR_STOP on

\echo '== login: the account by name, ignoring case (every login)'
explain (analyze, buffers, costs off)
select ua1_0.id, ua1_0.password_hash, ua1_0.role, ua1_0.enabled from app_user ua1_0 where upper(ua1_0.username) = upper('scale00001');
begin; drop index ix_app_user_username_upper;
\echo '   ... without ix_app_user_username_upper'
explain (analyze, buffers, costs off)
select ua1_0.id, ua1_0.password_hash, ua1_0.role, ua1_0.enabled from app_user ua1_0 where upper(ua1_0.username) = upper('scale00001');
rollback;

\echo '== answer save: the gate, then one update of one row (every answer of every student)'
explain (analyze, buffers, costs off)
select ae1_0.student_id, ae1_0.state, ae1_0.deadline, ae1_0.current_position from attempt ae1_0 where ae1_0.id = 1;
explain (analyze, buffers, costs off)
select aqe1_0.attempt_id, aqe1_0.position, aqe1_0.question_version_id, aqe1_0.option_order from attempt_question aqe1_0 where aqe1_0.attempt_id = 1 order by aqe1_0.position;
begin;
explain (analyze, buffers, costs off)
update response set answer = '["1"]', saved_at = now(), answer_version = answer_version + 1
where attempt_id = 1 and position = 3 and answer_version = 0;
rollback;

\echo '== attempt start: the student''s classes, their assignments, earlier attempts, the course''s published bank'
explain (analyze, buffers, costs off)
select cme1_0.class_id, cme1_0.user_id, cme1_0.role from class_member cme1_0 where cme1_0.user_id = 6;
explain (analyze, buffers, costs off)
select ae1_0.id, ae1_0.class_id, ae1_0.quiz_id, ae1_0.due_at from assignment ae1_0 where ae1_0.class_id in (2) order by ae1_0.due_at;
explain (analyze, buffers, costs off)
select ae1_0.id, ae1_0.state, ae1_0.deadline from attempt ae1_0 where ae1_0.quiz_id = 4 and ae1_0.student_id = 6 order by ae1_0.attempt_number;
explain (analyze, buffers, costs off)
select qe1_0.id, qe1_0.current_version from question qe1_0 where qe1_0.course_id = 1 and qe1_0.status = 'PUBLISHED';
explain (analyze, buffers, costs off)
select qse1_0.id, qse1_0.position, qse1_0.question_id from quiz_slot qse1_0 where qse1_0.quiz_id = 4 order by qse1_0.position;
begin; drop index ix_class_member_user; drop index ix_assignment_class;
\echo '   ... without ix_class_member_user and ix_assignment_class'
explain (analyze, buffers, costs off)
select cme1_0.class_id, cme1_0.user_id, cme1_0.role from class_member cme1_0 where cme1_0.user_id = 6;
explain (analyze, buffers, costs off)
select ae1_0.id, ae1_0.class_id, ae1_0.quiz_id, ae1_0.due_at from assignment ae1_0 where ae1_0.class_id in (2) order by ae1_0.due_at;
rollback;

\echo '== a student''s own attempts (home page, results)'
explain (analyze, buffers, costs off)
select ae1_0.id, ae1_0.quiz_id, ae1_0.state, ae1_0.score from attempt ae1_0 where ae1_0.student_id = 6;
begin; drop index ix_attempt_student;
\echo '   ... without ix_attempt_student'
explain (analyze, buffers, costs off)
select ae1_0.id, ae1_0.quiz_id, ae1_0.state, ae1_0.score from attempt ae1_0 where ae1_0.student_id = 6;
rollback;

\echo '== practice and mastery: the questions that test a claim'
explain (analyze, buffers, costs off)
select ci1_0.question_id from question_claim ci1_0 where ci1_0.claim_id = 5;

\echo '== gradebook of the 300-student class: its attempts at its quizzes, and which wait for a grade'
explain (analyze, buffers, costs off)
select ae1_0.id, ae1_0.student_id, ae1_0.quiz_id, ae1_0.state, ae1_0.score, ae1_0.max_score from attempt ae1_0
where ae1_0.class_id = 2 and ae1_0.quiz_id in (4, 5, 6, 7, 8)
  and ae1_0.student_id in (select user_id from class_member where class_id = 2 and role = 'STUDENT');
explain (analyze, buffers, costs off)
select distinct re1_0.attempt_id from response re1_0, attempt ae1_0
where ae1_0.id = re1_0.attempt_id and re1_0.needs_grading = true and ae1_0.quiz_id in (4, 5, 6, 7, 8);

\echo '== statistics of a quiz with 5,000 attempts: one stored row of marks per attempt'
explain (analyze, buffers, costs off)
select ame1_0.attempt_id, ame1_0.revision, ame1_0.marks from attempt ae1_0 join attempt_marks ame1_0 on ame1_0.attempt_id = ae1_0.id
where ae1_0.quiz_id = 4 and ae1_0.state = 'SUBMITTED';
\echo '   ... and the first time, before those rows exist: every question and answer of those attempts'
explain (analyze, buffers, costs off)
select aqe1_0.attempt_id, aqe1_0.position, aqe1_0.question_id, aqe1_0.points, re1_0.answer, re1_0.score, re1_0.needs_grading
from attempt ae1_0 join attempt_question aqe1_0 on aqe1_0.attempt_id = ae1_0.id
left join response re1_0 on re1_0.attempt_id = aqe1_0.attempt_id and re1_0.position = aqe1_0.position
where ae1_0.quiz_id = 4 and ae1_0.state = 'SUBMITTED';
