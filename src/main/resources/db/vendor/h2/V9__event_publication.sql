-- Spring Modulith's event publication registry (its v2 schema for H2): an event between modules is
-- stored with the transaction that publishes it and marked complete once its listener has handled it,
-- so that a listener that failed, or a server that stopped in between, leaves it to be resubmitted.
-- The serialized event may be longer than Modulith's 4000 characters: a long quiz's submission
-- carries one outcome per question.
create table event_publication (
    id                     uuid                        not null,
    completion_date        timestamp(9) with time zone,
    event_type             varchar(512)                not null,
    listener_id            varchar(512)                not null,
    publication_date       timestamp(9) with time zone not null,
    serialized_event       varchar(1000000)            not null,
    status                 varchar(20),
    completion_attempts    int,
    last_resubmission_date timestamp(9) with time zone,
    constraint pk_event_publication primary key (id)
);
create index event_publication_by_listener_id_and_serialized_event_idx on event_publication (listener_id, serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
