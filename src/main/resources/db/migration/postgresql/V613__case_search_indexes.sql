-- Indexes for the workspace search (docs/casefile-workspace.md, docs/performance.md):
-- a name or title contains the search term (like '%term%'): trigram indexes, which a b-tree cannot serve;
-- a case number starts with the term (like 'TERM%'): a b-tree with pattern operators on upper(case_number).
-- pg_trgm is a trusted extension (PostgreSQL 13 and later): the database owner may create it.
create extension if not exists pg_trgm;
create index ix_vorgang_party_name_trgm on vorgang using gin (lower(party_name) gin_trgm_ops);
create index ix_vorgang_title_trgm on vorgang using gin (lower(title) gin_trgm_ops);
create index ix_vorgang_case_number_prefix on vorgang (upper(case_number) text_pattern_ops);
