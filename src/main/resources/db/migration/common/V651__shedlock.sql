-- Cluster: leases of the technical schedules (hot folder, IMAP inbox), ShedLock's JDBC table
-- (net.javacrumbs.shedlock, JdbcTemplateLockProvider with database time; ADR 0076).

create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp(3) not null,
    locked_at  timestamp(3) not null,
    locked_by  varchar(255) not null
);
