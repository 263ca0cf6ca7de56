-- Payment orders (Zahlungsanordnungen) of released invoices, exported in batches for the Stadtkasse.
-- An invoice is in exactly one batch (primary key register_number); the rows are a frozen copy, so a
-- batch file is the same every time it is fetched.
create table invoice_payment_batch (
    batch_id        varchar(36)    primary key,
    created_at      timestamp with time zone not null,
    created_by      varchar(100)   not null,
    idempotency_key varchar(100),
    order_count     integer        not null,
    total_amount    decimal(19, 2) not null,
    constraint uq_invoice_payment_batch_key unique (idempotency_key)
);

create table invoice_payment_order (
    register_number varchar(20)    primary key references invoice_register (register_number),
    batch_id        varchar(36)    not null references invoice_payment_batch (batch_id),
    position        integer        not null,
    creditor        varchar(300),
    iban            varchar(34),
    amount          decimal(19, 2) not null,
    currency        varchar(3)     not null,
    skonto_date     date,
    skonto_amount   decimal(19, 2),
    cost_centre     varchar(100),
    invoice_number  varchar(200),
    due_date        date           not null
);

create index ix_invoice_payment_order_batch on invoice_payment_order (batch_id, position);
