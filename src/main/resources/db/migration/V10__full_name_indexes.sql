-- States, people and organizations by name: full indexes instead of V7's partial ones (issue 11).
-- Since V8 the public condition of every read is "published and not trashed, or portal_all_records()", and a
-- partial index on "published and deleted_at is null" is not implied by it: PostgreSQL sorted the whole table for
-- each page of a list (13 ms at 100 times the records). In name order, a page reads its rows from the index and
-- skips the few that are not shown.
drop index state_public_name_ix;
drop index person_public_name_ix;
drop index organization_public_name_ix;
create index state_name_ix on state (name, id);
create index person_name_ix on person (name, id);
create index organization_name_ix on organization (name, id);
