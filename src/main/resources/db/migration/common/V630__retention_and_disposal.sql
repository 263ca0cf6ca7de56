-- Records lifecycle (issue 19): retention rules per file-plan key and case type, the retention end
-- of a closed Vorgang, legal holds, and the tombstone that stays after a Vorgang was handed to the
-- archive or destroyed.

-- How long a Vorgang of a subject of the file plan (and a case type; '*' for every case type of the
-- subject) is kept after its start event, and what happens then (archive value, after the records
-- law of NRW: A = offer to the archive, B = the archive decides, V = destroy without offer).
create table retention_rule (
    plan_key        varchar(32) not null references file_plan_subject (plan_key),
    case_type       varchar(64) not null,
    retention_years integer     not null,
    start_event     varchar(16) not null,
    archive_value   varchar(1)  not null,
    constraint pk_retention_rule primary key (plan_key, case_type),
    constraint ck_retention_rule_years check (retention_years between 0 and 100),
    constraint ck_retention_rule_start check (start_event in ('CLOSING', 'END_OF_YEAR')),
    constraint ck_retention_rule_value check (archive_value in ('A', 'B', 'V'))
);

insert into retention_rule (plan_key, case_type, retention_years, start_event, archive_value) values
    ('11.00',           '*', 6,  'END_OF_YEAR', 'B'),
    ('11.01',           '*', 10, 'END_OF_YEAR', 'A'),
    ('11.02',           '*', 6,  'END_OF_YEAR', 'V'),
    ('11.03',           '*', 6,  'END_OF_YEAR', 'V'),
    ('21.00',           '*', 10, 'END_OF_YEAR', 'B'),
    ('21.01',           '*', 10, 'END_OF_YEAR', 'V'),
    ('22.00',           '*', 10, 'END_OF_YEAR', 'B'),
    ('22.01',           '*', 10, 'END_OF_YEAR', 'V'),
    ('25.00',           '*', 3,  'END_OF_YEAR', 'B'),
    ('25.01',           '*', 1,  'END_OF_YEAR', 'V'),
    ('69.00',           '*', 10, 'END_OF_YEAR', 'B'),
    ('buergerbuero.00', '*', 3,  'END_OF_YEAR', 'B'),
    ('ordnungsamt.00',  '*', 5,  'END_OF_YEAR', 'B'),
    ('ordnungsamt.01',  '*', 3,  'END_OF_YEAR', 'V'),
    ('ordnungsamt.02',  '*', 10, 'END_OF_YEAR', 'A'),
    ('standesamt.00',   '*', 5,  'END_OF_YEAR', 'B'),
    ('standesamt.01',   '*', 3,  'END_OF_YEAR', 'V'),
    ('stadtbetrieb.00', '*', 5,  'END_OF_YEAR', 'B'),
    ('stadtbetrieb.01', '*', 3,  'END_OF_YEAR', 'V'),
    ('stadtbetrieb.02', '*', 3,  'END_OF_YEAR', 'V'),
    ('stadtbetrieb.03', '*', 10, 'END_OF_YEAR', 'V'),
    ('personalrat.00',  '*', 10, 'END_OF_YEAR', 'A');

-- Set when the Vorgang is closed (from the rule of its file-plan key and case type); a Vorgang with
-- a legal hold (e.g. a pending lawsuit) is never offered nor destroyed.
alter table vorgang add column retention_end date;
alter table vorgang add column archive_value varchar(1);
alter table vorgang add column legal_hold varchar(1000);
create index ix_vorgang_retention_end on vorgang (org_unit, retention_end);

-- What stays of a Vorgang after the Aussonderung: no title, no names, no documents.
create table vorgang_tombstone (
    case_number   varchar(64)  primary key,
    file_plan_key varchar(32)  not null,
    case_type     varchar(64)  not null,
    org_unit      varchar(64)  not null,
    opened_at     timestamp with time zone not null,
    closed_at     timestamp with time zone,
    retention_end date,
    disposition   varchar(16)  not null,
    disposed_at   timestamp with time zone not null,
    note          varchar(1000) not null,
    constraint ck_vorgang_tombstone_disposition check (disposition in ('ARCHIVED', 'DESTROYED'))
);

-- One Aussonderung (process records-disposal) of an org unit; its id is the xdomea ProzessID.
create table records_disposal (
    process_id varchar(36)  primary key,
    org_unit   varchar(64)  not null,
    started_at timestamp with time zone not null
);

-- A Vorgang on the list of an Aussonderung and what happens to it: OFFER (offered, not yet
-- evaluated), TRANSFER (the archive takes it), TRANSFERRED (in the 0503 package), ARCHIVED (import
-- confirmed), DESTROY (archive value V or not taken), HELD (kept back by the records officer),
-- DONE (disposed of; the tombstone tells how).
create table records_disposal_item (
    process_id    varchar(36)   not null references records_disposal (process_id),
    case_number   varchar(64)   not null,
    object_id     varchar(36)   not null,
    archive_value varchar(1)    not null,
    state         varchar(16)   not null,
    hold_reason   varchar(1000),
    archive_id    varchar(255),
    constraint pk_records_disposal_item primary key (process_id, case_number)
);
create index ix_records_disposal_item_object on records_disposal_item (object_id);

-- Every message the archive put into the drop folder, once per content (a second delivery of the
-- same bytes is recognised and ignored).
create table records_inbox (
    sha256       varchar(64)   primary key,
    process_id   varchar(64),
    message_type varchar(8),
    file_name    varchar(255)  not null,
    received_at  timestamp with time zone not null,
    status       varchar(16)   not null,
    detail       varchar(1000),
    content      varchar(1000000) not null
);
