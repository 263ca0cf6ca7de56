-- Full-text search over document text with the German configuration (stemming, stop words).
alter table document_text
    add column search_vector tsvector generated always as (to_tsvector('german', content)) stored;
create index ix_document_text_search on document_text using gin (search_vector);
