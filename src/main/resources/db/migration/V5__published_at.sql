-- When a record was last made public (issue 5: Atom feeds of newly published or updated records). A draft has none;
-- publishing it sets the time, so that a record published after weeks as a draft is news on the day it appears.
-- Records already public count as published when they were stored. Not audited: the history already names every
-- publishing and unpublishing.

do $$
declare
    record_table text;
begin
    foreach record_table in array array['state', 'person', 'organization', 'assembly_session', 'assembly_president',
            'resolution', 'election', 'programme_budget', 'side_event', 'statement', 'amendment', 'policy',
            'decision', 'accession']
    loop
        execute format('alter table %I add column published_at timestamptz', record_table);
        execute format('update %I set published_at = created_at where published', record_table);
        -- the feeds read the newest changes first
        execute format('create index %I on %I (updated_at desc)', record_table || '_updated_ix', record_table);
    end loop;
end
$$;
