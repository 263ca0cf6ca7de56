-- hr: employee directory (employee, org unit, supervisor = org-unit lead) and the employees' requests.

create table hr_org_unit_lead (
    org_unit     varchar(64)  primary key,
    lead_user_id varchar(128) not null
);

create table hr_employee (
    user_id    varchar(128) primary key,
    first_name varchar(128) not null,
    last_name  varchar(128) not null,
    org_unit   varchar(64)  not null,
    email      varchar(255)
);
create index ix_hr_employee_org_unit on hr_employee (org_unit);

-- one row per request (Dienstreiseantrag, Reisekostenabrechnung, mobiles Arbeiten); the case number
-- is the Vorgang in the case file and the business key of the process instance
create table hr_request (
    case_number        varchar(64)   primary key,
    kind               varchar(32)   not null,
    employee_id        varchar(128)  not null,
    supervisor_id      varchar(128),
    title              varchar(255)  not null,
    status             varchar(32)   not null,
    destination        varchar(255),
    abroad             boolean,
    start_date         date,
    end_date           date,
    purpose            varchar(1000),
    transport          varchar(32),
    estimated_cost     numeric(12, 2),
    travel_case_number varchar(64),
    amount             numeric(12, 2),
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null
);
create index ix_hr_request_employee on hr_request (employee_id);
create index ix_hr_request_travel on hr_request (travel_case_number);
