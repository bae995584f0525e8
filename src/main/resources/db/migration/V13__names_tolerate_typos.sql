-- A name typed with a typo or without its accents ("Kaukorenta") still finds its record ("Päivi Kaukoranta"):
-- trigram word similarity on the names folded to lowercase without accents, served by a GIN index per table.
create extension if not exists pg_trgm;

-- unaccent() is only stable (its dictionary could change), and an index needs an immutable expression: this
-- wrapper names the dictionary, as PostgreSQL's documentation suggests for indexing unaccented text.
create function portal_fold(text) returns text
    language sql immutable strict parallel safe
    as $$ select lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;

create index person_name_trgm_ix on person using gin (portal_fold(name) gin_trgm_ops);
create index state_name_trgm_ix on state using gin (portal_fold(name) gin_trgm_ops);
create index organization_name_trgm_ix on organization using gin (portal_fold(name) gin_trgm_ops);
