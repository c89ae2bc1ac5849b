-- Each course has its editors (issue 12): the instructor who created it and co-editors that the
-- creator or an admin adds. Only they (and admins) change its bank and quizzes; other instructors
-- read published content and assign its quizzes. Courses imported from files have no creator: until
-- an admin names editors, only admins edit them (in demo mode the demo instructor edits the demo course).
create table course_editor (
    course_id   bigint  not null references course (id) on delete cascade,
    user_id     bigint  not null references app_user (id) on delete cascade,
    creator     boolean not null default false,
    added_at    timestamp with time zone not null,
    primary key (course_id, user_id)
);
create index ix_course_editor_user on course_editor (user_id);
