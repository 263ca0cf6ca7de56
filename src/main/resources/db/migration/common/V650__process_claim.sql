-- Cluster: at most one running process instance per process key and claim key (ADR 0075).
-- A starter inserts the claim in the transaction that starts the instance; the instance's end
-- listener removes it. A claim whose instance no longer holds it (ended, cancelled) is taken over.

create table process_claim (
    process_key         varchar(128) not null,
    claim_key           varchar(255) not null,
    process_instance_id varchar(64),
    claimed_at          timestamp with time zone not null,
    primary key (process_key, claim_key)
);

create index process_claim_instance on process_claim (process_instance_id);
