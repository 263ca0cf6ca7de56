-- Raw sensor readings older than iserlohn.smartcity.measurements.raw-max-age are aggregated per
-- asset, quantity and day (UTC) into this table and then deleted (issue 19).
create table sc_measurement_daily (
    asset_id   varchar(64)      not null,
    quantity   varchar(30)      not null,
    measured_on date            not null,
    unit       varchar(8)       not null,
    samples    bigint           not null,
    min_value  double precision not null,
    max_value  double precision not null,
    sum_value  double precision not null,
    constraint pk_sc_measurement_daily primary key (asset_id, quantity, measured_on)
);
