-- A State's page and a person's list their candidacies newest session first, fifteen at a time. The session's start
-- date is two joins away from a candidacy, so no index gave that order: every candidacy of the State was read, with
-- its election and session, and sorted to keep fifteen (Korea's 901 at a hundred times the shipped records, 11,000
-- buffers a page). A candidacy now keeps its session's start date, which triggers keep true on every write (a form, an
-- import, psql), and an index per way of naming a candidate hands the newest in order (ElectionCatalog).
alter table candidacy add column session_start date;

update candidacy c
set session_start = s.start_date
from election e
         join assembly_session s on s.id = e.session_id
where e.id = c.election_id;

-- A candidacy added or moved to another election takes that election's session's date.
create function candidacy_takes_session_start() returns trigger
    language plpgsql as
$$
begin
    new.session_start := (select s.start_date
                          from election e
                                   join assembly_session s on s.id = e.session_id
                          where e.id = new.election_id);
    return new;
end
$$;

create trigger candidacy_takes_session_start
    before insert or update of election_id on candidacy
    for each row
execute function candidacy_takes_session_start();

-- An election moved to another session moves its candidacies with it.
create function election_moves_candidacies() returns trigger
    language plpgsql as
$$
begin
    update candidacy
    set session_start = (select start_date from assembly_session where id = new.session_id)
    where election_id = new.id;
    return null;
end
$$;

create trigger election_moves_candidacies
    after update of session_id on election
    for each row
    when (old.session_id is distinct from new.session_id)
execute function election_moves_candidacies();

-- A session whose start date is corrected dates its candidacies again.
create function session_dates_candidacies() returns trigger
    language plpgsql as
$$
begin
    update candidacy c
    set session_start = new.start_date
    from election e
    where e.id = c.election_id
      and e.session_id = new.id;
    return null;
end
$$;

create trigger session_dates_candidacies
    after update of start_date on assembly_session
    for each row
    when (old.start_date is distinct from new.start_date)
execute function session_dates_candidacies();

-- The order of the lists (ElectionCatalog): newest session first, then the election, then the ballot's order. These
-- serve the foreign keys' lookups too, as the single-column indexes they replace did.
drop index candidacy_person_ix;
drop index candidacy_state_ix;
drop index candidacy_nationality_ix;
create index candidacy_person_newest_ix on candidacy (person_id, session_start desc nulls last, election_id, position);
create index candidacy_state_newest_ix on candidacy (state_id, session_start desc nulls last, election_id, position);
create index candidacy_nationality_newest_ix
    on candidacy (nationality_id, session_start desc nulls last, election_id, position);
