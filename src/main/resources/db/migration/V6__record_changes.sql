-- Every change to the records, whoever makes it (a form, an import, psql), is announced on the channel
-- record_changes when its transaction commits; every portal instance listens and drops the public pages it
-- keeps rendered (pagecache.RecordChanges). Statement-level triggers: one notice per statement, and PostgreSQL
-- folds identical notices of one transaction into one.
create function notify_record_change() returns trigger
    language plpgsql as
$$
begin
    perform pg_notify('record_changes', tg_table_name);
    return null;
end
$$;

-- Every table but the history (Envers), accounts, admin sessions, sign-in failures, the import log and Flyway's.
do
$$
    declare
        name text;
    begin
        for name in select table_name
                    from information_schema.tables
                    where table_schema = current_schema()
                      and table_type = 'BASE TABLE'
                      and table_name not like '%\_aud'
                      and table_name not in ('flyway_schema_history', 'revision', 'account', 'spring_session',
                                             'spring_session_attributes', 'sign_in_failure', 'record_import')
            loop
                execute format('create trigger %I after insert or update or delete or truncate on %I '
                                   || 'for each statement execute function notify_record_change()',
                               name || '_announces_changes', name);
            end loop;
    end
$$;
