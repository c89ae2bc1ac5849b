-- Indexes that PostgreSQL, unlike H2, does not make for foreign keys, on the columns that the hot
-- queries look up (docs/deployment.md, "What EXPLAIN showed"). Without them each of these lookups
-- reads the whole table, and a cascading delete of a user, class or claim does too.
-- H2 indexes every foreign key's columns itself, so its V22 only says so.

-- a student's attempts (home page, results, and the open attempt at the start of a quiz)
create index ix_attempt_student on attempt (student_id);
-- a person's classes: every quiz start checks that the quiz is assigned to one of them
create index ix_class_member_user on class_member (user_id);
-- a class's assignments (the same check, the class pages and the gradebook's columns)
create index ix_assignment_class on assignment (class_id, due_at);
-- which classes a quiz is assigned to, and the cascade when a quiz is deleted
create index ix_assignment_quiz on assignment (quiz_id);
-- the questions that test a claim (practice, mastery) and the cascade when a claim is deleted
create index ix_question_claim_claim on question_claim (claim_id);
-- a lesson's claims in their order (the lesson page)
create index ix_claim_lesson on claim (lesson_id, lesson_position);

-- Spring Data's ...IgnoreCase compares upper(column) with upper(?): the plain unique index on the
-- column cannot serve that, and every login and every join by code asks it. H2 has no index on an
-- expression, and reads these small tables fast enough.
create index ix_app_user_username_upper on app_user (upper(username));
create index ix_school_class_join_code_upper on school_class (upper(join_code));
