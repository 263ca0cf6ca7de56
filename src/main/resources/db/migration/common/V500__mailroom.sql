-- Digital mailroom: scan batches (integrity evidence in the spirit of TR-RESISCAN) and their items.

create table mailroom_batch (
    id          uuid primary key,
    source      varchar(16)  not null,
    scanner     varchar(128),
    operator_id varchar(128),
    received_at timestamp with time zone not null
);

create table mailroom_item (
    id                      uuid primary key,
    batch_id                uuid          not null references mailroom_batch (id),
    sha256                  varchar(64)   not null,
    file_name               varchar(255)  not null,
    media_type              varchar(64)   not null,
    size_bytes              bigint        not null,
    pages                   integer       not null,
    status                  varchar(32)   not null,
    case_number             varchar(64)   not null,
    document_id             uuid          not null,
    text_length             integer,
    extracted_text          varchar(100000),
    document_type           varchar(64),
    org_unit                varchar(64),
    confidence              double precision,
    keep_original           boolean,
    distribution            varchar(32),
    target_case_number      varchar(64),
    target_document_id      uuid,
    received_at             timestamp with time zone not null,
    distributed_at          timestamp with time zone,
    destroy_after           date,
    destruction_released_by varchar(128),
    destruction_released_at timestamp with time zone,
    -- the same scan (by content) is one item: a retried upload or a re-read hot-folder file
    constraint uk_mailroom_item_sha256 unique (sha256)
);
create index ix_mailroom_item_received on mailroom_item (received_at);
create index ix_mailroom_item_status on mailroom_item (status);
create index ix_mailroom_item_destroy on mailroom_item (destroy_after);
