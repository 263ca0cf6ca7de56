-- Daily figures for the management dashboard (docs/dashboard.md): written by the nightly
-- aggregation from the engine history and the domains' tables, so they survive the history cleanup.
-- No personal data: counts per figure and dimension (process key, org unit, channel) and day.

-- a day that was aggregated (the primary key lets only one node aggregate a day at a time)
create table figure_day (
    on_day           date                     primary key,
    aggregated_at timestamp with time zone not null
);

create table figure_value (
    on_day       date         not null,
    figure    varchar(64)  not null,
    dimension varchar(128) not null,
    amount    bigint       not null,
    constraint pk_figure_value primary key (on_day, figure, dimension)
);

-- distributions (e.g. lead time in whole hours): how many cases of the day fell into each bucket
create table figure_distribution (
    on_day       date         not null,
    figure    varchar(64)  not null,
    dimension varchar(128) not null,
    bucket    integer      not null,
    cases     bigint       not null,
    constraint pk_figure_distribution primary key (on_day, figure, dimension, bucket)
);
