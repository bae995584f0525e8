-- A session's page lists its first statements in the order of the day they were delivered, undated ones first
-- (issue 11): this index serves that order, so that the page reads those statements and no others however many
-- the session has.
create index statement_session_delivered_ix on statement (session_id, delivered_on nulls first, id);
