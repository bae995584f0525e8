-- A feed lists the 50 records most recently changed, newest first, then by kind and the newest entered first: each
-- kind's newest are read backwards from an index in that order, and the read stops at the 50th (RecentRecords).
-- Indexed by update time alone (V5), the records saved at once, as by an import of a session's documents (they share
-- an update time), were all read and sorted before the first of them could be listed.
do $$
declare
    record_table text;
begin
    foreach record_table in array array['state', 'person', 'organization', 'assembly_session', 'assembly_president',
            'resolution', 'election', 'programme_budget', 'side_event', 'statement', 'amendment', 'policy',
            'decision', 'accession']
    loop
        execute format('drop index %I', record_table || '_updated_ix');
        execute format('create index %I on %I (updated_at desc, id desc)', record_table || '_updated_ix', record_table);
    end loop;
end
$$;
