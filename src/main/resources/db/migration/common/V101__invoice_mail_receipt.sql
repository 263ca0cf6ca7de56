-- Mails of the invoice inbox (IMAP) already answered: one row per message and attachment, written in
-- the transaction that registers the invoice, so that a crash before the message is flagged does not
-- register or answer it a second time.
create table invoice_mail_receipt (
    message_id      varchar(500)   not null,
    attachment_key  varchar(64)    not null,
    sender          varchar(320)   not null,
    file_name       varchar(300),
    outcome         varchar(20)    not null,
    register_number varchar(20),
    processed_at    timestamp with time zone not null,
    constraint pk_invoice_mail_receipt primary key (message_id, attachment_key)
);
