-- Gradebooks ask which attempts have an essay waiting for a grade; without this index H2 reads every
-- response of the class's attempts to find the few that wait (docs/performance.md, results at scale).
create index ix_response_needs_grading on response (needs_grading, attempt_id);
