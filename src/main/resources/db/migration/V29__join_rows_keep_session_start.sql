-- A State's page lists the statements delivered on its behalf and the side events it co-sponsored, an organization's
-- page its statements and the side events it organized: newest session first, then by day, fifteen at a time. Each is
-- read through a join table two joins away from the session's date, so every row of the State or organization was read
-- and sorted (Finland's hundred of each at a hundred times the shipped records: 780 and 511 buffers a page). As V26 did
-- for candidacies, each join row now keeps its record's session's start date and the record's own date, which
-- triggers keep true on every write, and an index per list hands a page in the list's order (db.JoinedNewest).
alter table statement_on_behalf_state add column session_start date, add column record_date date;
alter table statement_organization add column session_start date, add column record_date date;
alter table side_event_cosponsor add column session_start date, add column record_date date;
alter table side_event_organizer add column session_start date, add column record_date date;

update statement_on_behalf_state j set session_start = s.start_date, record_date = r.delivered_on
from statement r join assembly_session s on s.id = r.session_id where r.id = j.statement_id;
update statement_organization j set session_start = s.start_date, record_date = r.delivered_on
from statement r join assembly_session s on s.id = r.session_id where r.id = j.statement_id;
update side_event_cosponsor j set session_start = s.start_date, record_date = r.held_on
from side_event r join assembly_session s on s.id = r.session_id where r.id = j.side_event_id;
update side_event_organizer j set session_start = s.start_date, record_date = r.held_on
from side_event r join assembly_session s on s.id = r.session_id where r.id = j.side_event_id;

-- A join row added, or moved to another record, takes that record's dates. Arguments: the record's table, the join
-- table's column that names it, the record's date column.
create function join_row_takes_dates() returns trigger
    language plpgsql as
$$
begin
    execute format('select s.start_date, r.%I from %I r join assembly_session s on s.id = r.session_id where r.id = $1',
                   tg_argv[2], tg_argv[0])
        into new.session_start, new.record_date
        using (to_jsonb(new) ->> tg_argv[1])::bigint;
    return new;
end
$$;

create trigger statement_on_behalf_state_takes_dates
    before insert or update of statement_id on statement_on_behalf_state
    for each row execute function join_row_takes_dates('statement', 'statement_id', 'delivered_on');
create trigger statement_organization_takes_dates
    before insert or update of statement_id on statement_organization
    for each row execute function join_row_takes_dates('statement', 'statement_id', 'delivered_on');
create trigger side_event_cosponsor_takes_dates
    before insert or update of side_event_id on side_event_cosponsor
    for each row execute function join_row_takes_dates('side_event', 'side_event_id', 'held_on');
create trigger side_event_organizer_takes_dates
    before insert or update of side_event_id on side_event_organizer
    for each row execute function join_row_takes_dates('side_event', 'side_event_id', 'held_on');

-- A statement or a side event moved to another session, or to another day, dates its join rows again.
create function statement_dates_join_rows() returns trigger
    language plpgsql as
$$
declare
    start date := (select start_date from assembly_session where id = new.session_id);
begin
    update statement_on_behalf_state set session_start = start, record_date = new.delivered_on
    where statement_id = new.id;
    update statement_organization set session_start = start, record_date = new.delivered_on
    where statement_id = new.id;
    return null;
end
$$;

create trigger statement_dates_join_rows
    after update of session_id, delivered_on on statement
    for each row
    when (old.session_id is distinct from new.session_id or old.delivered_on is distinct from new.delivered_on)
execute function statement_dates_join_rows();

create function side_event_dates_join_rows() returns trigger
    language plpgsql as
$$
declare
    start date := (select start_date from assembly_session where id = new.session_id);
begin
    update side_event_cosponsor set session_start = start, record_date = new.held_on where side_event_id = new.id;
    update side_event_organizer set session_start = start, record_date = new.held_on where side_event_id = new.id;
    return null;
end
$$;

create trigger side_event_dates_join_rows
    after update of session_id, held_on on side_event
    for each row
    when (old.session_id is distinct from new.session_id or old.held_on is distinct from new.held_on)
execute function side_event_dates_join_rows();

-- A session whose start date is corrected dates its records' join rows again.
create function session_dates_join_rows() returns trigger
    language plpgsql as
$$
begin
    update statement_on_behalf_state j set session_start = new.start_date
    from statement r where r.id = j.statement_id and r.session_id = new.id;
    update statement_organization j set session_start = new.start_date
    from statement r where r.id = j.statement_id and r.session_id = new.id;
    update side_event_cosponsor j set session_start = new.start_date
    from side_event r where r.id = j.side_event_id and r.session_id = new.id;
    update side_event_organizer j set session_start = new.start_date
    from side_event r where r.id = j.side_event_id and r.session_id = new.id;
    return null;
end
$$;

create trigger session_dates_join_rows
    after update of start_date on assembly_session
    for each row
    when (old.start_date is distinct from new.start_date)
execute function session_dates_join_rows();

-- The lists' order: newest session first, then by day, then as entered. These serve the foreign keys' lookups too, as
-- the single-column indexes they replace did.
drop index statement_on_behalf_state_ix;
drop index statement_organization_org_ix;
drop index side_event_cosponsor_state_ix;
drop index side_event_organizer_org_ix;
create index statement_on_behalf_state_newest_ix
    on statement_on_behalf_state (state_id, session_start desc nulls last, record_date nulls last, statement_id);
create index statement_organization_newest_ix
    on statement_organization (organization_id, session_start desc nulls last, record_date nulls last, statement_id);
create index side_event_cosponsor_newest_ix
    on side_event_cosponsor (state_id, session_start desc nulls last, record_date nulls last, side_event_id);
create index side_event_organizer_newest_ix
    on side_event_organizer (organization_id, session_start desc nulls last, record_date nulls last, side_event_id);
