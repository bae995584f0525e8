-- Indexes for reading the few rows a page shows, however many the database holds (issue 11).

-- A session's first side events, amendments, policies and decisions in its page's order (outcome.OutcomeLines)
create index side_event_session_held_ix on side_event (session_id, held_on nulls last, id);
create index amendment_session_ix on amendment (session_id, id);
create index policy_session_ix on policy (session_id, id);
create index decision_session_ix on decision (session_id, id);

-- What a resolution's page lists as adopted by it (its budget, amendments, policies and decisions), and what a
-- resolution's deletion checks; a side event's statements; an organization's country and parent. Without them each
-- was a read of the whole table.
create index programme_budget_resolution_ix on programme_budget (resolution_id);
create index amendment_resolution_ix on amendment (resolution_id);
create index policy_resolution_ix on policy (resolution_id);
create index decision_resolution_ix on decision (resolution_id);
create index statement_side_event_ix on statement (side_event_id);
create index organization_country_ix on organization (country_id);
create index organization_parent_ix on organization (parent_id);
