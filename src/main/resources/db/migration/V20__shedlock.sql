-- Scheduled jobs (expiring attempts, retrying failed events) run once across several app nodes
-- (issue 14): before a run a node takes the job's row until lock_until, by the database's clock.
-- ShedLock's JDBC provider expects exactly this table.
create table shedlock (
    name        varchar(64)  not null primary key,
    lock_until  timestamp    not null,
    locked_at   timestamp    not null,
    locked_by   varchar(255) not null
);
