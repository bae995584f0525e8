-- Indexes for the public lists (issue 11): every list is read a page at a time in its own order, and each order
-- is served by an index, so that a page costs the same whatever the number of records. (Full-text search has
-- its GIN indexes since V1, the topics and situations theirs too.)

-- Newest session first (the sessions, and the resolutions, elections and statements listed by session), the
-- session's id breaking ties between sessions that start the same day
create index assembly_session_newest_ix on assembly_session (start_date desc nulls last, id desc);

-- Resolutions by title
create index resolution_title_ix on resolution (title, symbol);

-- States, people and organizations by name, as the public sees them (published, out of the trash): the page in
-- name order and the list's count are both read from the index alone
create index state_public_name_ix on state (name, id) where published and deleted_at is null;
create index person_public_name_ix on person (name, id) where published and deleted_at is null;
create index organization_public_name_ix on organization (name, id) where published and deleted_at is null;
