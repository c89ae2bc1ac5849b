-- Short-term learning steps (issue 13): a claim that is new, or was forgotten in review, comes back
-- minutes later (learning 1 and 10 minutes, relearning 10 minutes, as py-fsrs schedules) until it
-- graduates to day intervals. phase is LEARNING, REVIEW or RELEARNING; learning_step is the step within
-- learning or relearning (0 in review). Claims reviewed before this migration were scheduled in whole
-- days, so they are in review; claims never reviewed are learning, at their first step.
--
-- version: optimistic locking (JPA @Version). Two updates of one student's claim at once (two quiz
-- submissions handled together, or a grade and a submission) used to overwrite each other; now the
-- second fails and is done again on top of the first.
alter table review_state add column phase varchar(10) default 'REVIEW' not null;
alter table review_state add column learning_step int default 0 not null;
alter table review_state add column version bigint default 0 not null;

update review_state set phase = 'LEARNING' where reps = 0;
