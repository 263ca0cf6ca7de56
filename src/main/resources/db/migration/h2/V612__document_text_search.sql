-- H2 has no German full-text configuration: the search falls back to a case-insensitive contains
-- over document_text.content (see CaseSearch). Nothing to create.
select 1;
