-- Indexes for a session's page (issue 11), so that it reads what it shows and no other rows however many the
-- session has.

-- Its first statements, in the order of the day they were delivered, undated ones first
create index statement_session_delivered_ix on statement (session_id, delivered_on nulls first, id);

-- Its resumptions, in order
create index assembly_session_parent_ix on assembly_session (parent_id, resumption, id);
