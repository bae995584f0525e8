-- Drafts and trash (issue 3). Every editable record can be saved unpublished (a draft) and moved to a trash;
-- public pages, lists and search show only published records out of the trash, in published sessions.
-- Records already stored were public, so they stay published.

do $$
declare
    record_table text;
begin
    foreach record_table in array array['state', 'person', 'organization', 'assembly_session', 'assembly_president',
            'resolution', 'election', 'programme_budget', 'side_event', 'statement', 'amendment', 'policy',
            'decision', 'accession']
    loop
        execute format('alter table %I add column published boolean not null default true', record_table);
        execute format('alter table %I add column deleted_at timestamptz', record_table);
        execute format('create index %I on %I (id) where deleted_at is not null',
            record_table || '_trash_ix', record_table);
        execute format('alter table %I add column published boolean', record_table || '_aud');
        execute format('alter table %I add column deleted_at timestamptz', record_table || '_aud');
    end loop;
end
$$;

-- Whether a session is shown publicly: the condition records of a session add to their own
-- (org.asprecords.db.Visibility), in entity filters and in the SQL of search and lists alike.
create function public_session(session_id bigint) returns boolean
    language sql stable parallel safe
    return exists (select 1 from assembly_session s where s.id = session_id and s.published and s.deleted_at is null);
