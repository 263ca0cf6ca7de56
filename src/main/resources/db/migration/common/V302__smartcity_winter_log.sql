-- Winter-service evidence: append-only, hash-chained telematics log per vehicle and day.
-- entry_hash = SHA-256(previous_hash | vehicle | day | seq | time | lat | lon | plough | spreader)
create table sc_winter_log (
    vehicle_id     varchar(40)      not null,
    log_day        date             not null,
    seq            integer          not null,
    recorded_at    timestamp        not null,
    lat            double precision not null,
    lon            double precision not null,
    plough_down    boolean          not null,
    spreader_on    boolean          not null,
    previous_hash  varchar(64)      not null,
    entry_hash     varchar(64)      not null,
    constraint pk_sc_winter_log primary key (vehicle_id, log_day, seq)
);

create index ix_sc_winter_log_time on sc_winter_log (recorded_at);
