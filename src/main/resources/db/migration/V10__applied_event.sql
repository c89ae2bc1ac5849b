-- Which events between modules learning has applied, so that one handed over again (after a crash
-- between the listener's commit and the registry's completion mark) changes nothing the second time.
create table applied_event (
    event_key  varchar(200)             not null,
    applied_at timestamp with time zone not null,
    constraint pk_applied_event primary key (event_key)
);
