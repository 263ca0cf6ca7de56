-- Spring Modulith JPA event publication registry (transactional outbox for domain events).
create table event_publication (
    id               uuid primary key,
    listener_id      text not null,
    event_type       text not null,
    serialized_event text not null,
    publication_date timestamp with time zone not null,
    completion_date  timestamp with time zone
);
create index ix_event_publication_incomplete on event_publication (completion_date);
