-- The elections list filtered by body (/elections?body=JUDGES) shows twenty, newest session first, and counts them all.
-- No index led with the body: both statements read every election with its session to keep those of the body (801
-- judges' elections of 3,613 at a hundred times the shipped records: 360 buffers and 3 ms each). This index holds the
-- public elections of a body in session order, so the page's twenty and its count are read from it alone.
create index election_body_session_ix on election (body, session_id, id) where published and deleted_at is null;
