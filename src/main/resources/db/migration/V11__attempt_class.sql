-- An attempt belongs to the class through which it was taken (issue 12): staff see, grade and count
-- an attempt only if they teach that class. Attempts made before this migration get the student's
-- first class (lowest id) that has the quiz assigned, the same rule a new attempt follows; an attempt
-- whose student is in no such class keeps none, and only admins see it.
alter table attempt add column class_id bigint references school_class (id) on delete set null;

update attempt a set class_id = (
    select min(m.class_id) from class_member m
    join assignment s on s.class_id = m.class_id
    where m.user_id = a.student_id and m.role = 'STUDENT' and s.quiz_id = a.quiz_id);

create index ix_attempt_class_quiz on attempt (class_id, quiz_id);
