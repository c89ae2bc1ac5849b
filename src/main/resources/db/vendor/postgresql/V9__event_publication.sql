-- Spring Modulith's event publication registry on PostgreSQL (its v2 schema for PostgreSQL; the H2
-- twin of this file is db/vendor/h2/V9). Two things differ from H2, and both matter:
-- - timestamps: PostgreSQL keeps microseconds at most, so no precision is given (H2's has 9 digits);
-- - the lookup of an event by its serialized form uses a hash index: a B-tree entry must fit in a
--   third of a page (2704 bytes), and a long quiz's submission event is longer than that, so H2's
--   (listener_id, serialized_event) B-tree index would refuse the insert and with it the submission.
create table event_publication (
    id                     uuid                     not null,
    completion_date        timestamp with time zone,
    event_type             varchar(512)             not null,
    listener_id            varchar(512)             not null,
    publication_date       timestamp with time zone not null,
    serialized_event       text                     not null,
    status                 varchar(20),
    completion_attempts    int,
    last_resubmission_date timestamp with time zone,
    constraint pk_event_publication primary key (id)
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
