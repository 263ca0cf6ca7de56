-- Spring Modulith JPA event publication registry (transactional outbox for domain events).
create table event_publication (
    id               uuid primary key,
    listener_id      varchar(512) not null,
    event_type       varchar(512) not null,
    serialized_event character varying not null,
    publication_date timestamp with time zone not null,
    completion_date  timestamp with time zone
);
create index ix_event_publication_incomplete on event_publication (completion_date);
