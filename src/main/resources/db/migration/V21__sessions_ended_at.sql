-- Ending a user's sessions on every node (issue 14): a deactivation or a role change records when the
-- user's sessions ended; each node compares it with its sessions' login time (the in-memory session
-- registry only knows the node's own sessions).
alter table app_user add column sessions_ended_at timestamp with time zone;
