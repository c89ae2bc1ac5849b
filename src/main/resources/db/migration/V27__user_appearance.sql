-- Dark theme (issue 18): the colour scheme a user chose with the switch in the main layout, kept on
-- the user so that it follows them to another device. Null: follow the system setting
-- (prefers-color-scheme), which is also what a visitor gets.
alter table app_user add column appearance varchar(8);
