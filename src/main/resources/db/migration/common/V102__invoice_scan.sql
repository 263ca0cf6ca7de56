-- Scanned paper invoices handed over by the mailroom, waiting for or done with manual capture.
-- The register number is reserved at hand-over: the invoice's Vorgang (case number = register number)
-- keeps the original scan from the start. One row per scan of the mailroom (idempotent hand-over).
create table invoice_scan (
    register_number    varchar(20)    primary key,
    source_case_number varchar(50)    not null,
    source_document_id varchar(36)    not null,
    document_id        varchar(36)    not null,
    file_sha256        varchar(64)    not null,
    extracted_text     varchar(200000),
    received_at        timestamp with time zone not null,
    constraint uq_invoice_scan_source unique (source_case_number, source_document_id)
);
