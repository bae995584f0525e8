-- Nine copies of every record, so that the database holds ten times more: copies of sessions, people, States
-- and organizations; resolutions, elections (with candidates, rounds and votes), statements (with speakers,
-- organizations, States), side events and outcomes copied into the same sessions, so that the pages of the
-- original records have ten times more to show. A copy's key is the original's with "-{copy}<n>", where {copy}
-- is a letter of the run, so that the script can be run again on its own copies. A copy is found by its key,
-- built again from the original's (an equality the key's unique index serves).

insert into state (slug, name, alternative_names, regional_group, sources)
select s.slug || '-{copy}' || g, s.name || ' ' || g, s.alternative_names, s.regional_group, s.sources
from state s, generate_series(1, 9) g;

insert into person (slug, name, honorific, alternative_names, nationality_id, note, sources)
select p.slug || '-{copy}' || g, p.name || ' ' || g, p.honorific, p.alternative_names, p.nationality_id, p.note, p.sources
from person p, generate_series(1, 9) g;

insert into organization (slug, name, acronym, kind, parent_id, country_id, sources)
select o.slug || '-{copy}' || g, o.name || ' ' || g, o.acronym, o.kind, o.parent_id, o.country_id, o.sources
from organization o, generate_series(1, 9) g;

insert into assembly_session (slug, kind, number, resumption, parent_id, start_date, start_precision, end_date,
                              city, country, venue, summary, topics, sources)
select x.slug || '-{copy}' || g, x.kind, x.number, x.resumption, x.parent_id, x.start_date - g * 400, x.start_precision,
       x.end_date - g * 400, x.city, x.country, x.venue, x.summary, x.topics, x.sources
from assembly_session x, generate_series(1, 9) g;

insert into assembly_president (person_id, from_session_id, to_session_id, elected_on, period_note, sources)
select copy.id, p.from_session_id, p.to_session_id, p.elected_on, p.period_note, p.sources
from assembly_president p join person original on original.id = p.person_id
cross join generate_series(1, 9) g
join person copy on copy.slug = original.slug || '-{copy}' || g;

insert into resolution (session_id, symbol, symbol_session, number, title, adopted_on, adoption_method, summary,
                        topics, documents, sources)
select r.session_id, 'ICC-ASP/' || r.symbol_session || '{copy}' || g || '/Res.' || r.number, r.symbol_session || '{copy}' || g,
       r.number, r.title, r.adopted_on, r.adoption_method, r.summary, r.topics, r.documents, r.sources
from resolution r, generate_series(1, 9) g;

insert into resolution_reference (resolution_id, refers_to_id)
select copy.id, original.id from resolution original
cross join generate_series(1, 9) g
join resolution copy on copy.symbol_session = original.symbol_session || '{copy}' || g
                    and copy.number = original.number;

insert into election (session_id, slug, body, seats, term_years, term_note, held_on, method, round_count,
                      majority_rule, summary, sources)
select e.session_id, e.slug || '-{copy}' || g, e.body, e.seats, e.term_years, e.term_note, e.held_on, e.method,
       e.round_count, e.majority_rule, e.summary, e.sources
from election e, generate_series(1, 9) g;

drop table if exists election_copy;
create temporary table election_copy as
select original.id original_id, copy.id copy_id from election original
cross join generate_series(1, 9) g
join election copy on copy.session_id = original.session_id and copy.slug = original.slug || '-{copy}' || g;

insert into candidacy (election_id, position, person_id, state_id, nationality_id, list_label, regional_group, role,
                       outcome, elected_in_round, incumbent, note)
select ec.copy_id, c.position, c.person_id, c.state_id, c.nationality_id, c.list_label, c.regional_group, c.role,
       c.outcome, c.elected_in_round, c.incumbent, c.note
from candidacy c join election_copy ec on ec.original_id = c.election_id;

insert into election_round (election_id, number, held_on, ballots_cast, invalid_ballots, abstentions, valid_ballots,
                            required_majority, note)
select ec.copy_id, r.number, r.held_on, r.ballots_cast, r.invalid_ballots, r.abstentions, r.valid_ballots,
       r.required_majority, r.note
from election_round r join election_copy ec on ec.original_id = r.election_id;

insert into round_vote (round_id, candidacy_id, votes, position)
select copy_round.id, copy_candidacy.id, v.votes, v.position
from round_vote v
join election_round r on r.id = v.round_id
join candidacy c on c.id = v.candidacy_id
join election_copy ec on ec.original_id = r.election_id
join election_round copy_round on copy_round.election_id = ec.copy_id and copy_round.number = r.number
join candidacy copy_candidacy on copy_candidacy.election_id = ec.copy_id and copy_candidacy.position = c.position;

insert into programme_budget (year, session_id, resolution_id, proposed, recommended, approved, sources)
select y, b.session_id, b.resolution_id, b.proposed, b.recommended, b.approved, b.sources
from programme_budget b, generate_series(2030, 2100) y where b.year = 2024
on conflict (year) do nothing;

insert into side_event (session_id, slug, held_on, title, summary, sources)
select e.session_id, e.slug || '-{copy}' || g, e.held_on, e.title || ' ' || g, e.summary, e.sources
from side_event e, generate_series(1, 9) g;

drop table if exists side_event_copy;
create temporary table side_event_copy as
select original.id original_id, copy.id copy_id from side_event original
cross join generate_series(1, 9) g
join side_event copy on copy.session_id = original.session_id and copy.slug = original.slug || '-{copy}' || g;

insert into side_event_organizer (side_event_id, organization_id, position)
select c.copy_id, o.organization_id, o.position from side_event_organizer o join side_event_copy c on c.original_id = o.side_event_id;

insert into side_event_cosponsor (side_event_id, state_id, position)
select c.copy_id, o.state_id, o.position from side_event_cosponsor o join side_event_copy c on c.original_id = o.side_event_id;

insert into statement (session_id, slug, segment, delivered_on, speaker_label, speaker_state_id, on_behalf_label,
                       side_event_id, situations, topics, quote, summary, link, sources)
select s.session_id, s.slug || '-{copy}' || g, s.segment, s.delivered_on, s.speaker_label, s.speaker_state_id,
       s.on_behalf_label, s.side_event_id, s.situations, s.topics, s.quote, s.summary, s.link, s.sources
from statement s, generate_series(1, 9) g;

drop table if exists statement_copy;
create temporary table statement_copy as
select original.id original_id, copy.id copy_id from statement original
cross join generate_series(1, 9) g
join statement copy on copy.session_id = original.session_id and copy.slug = original.slug || '-{copy}' || g;

insert into statement_speaker (statement_id, person_id, role, position)
select c.copy_id, s.person_id, s.role, s.position from statement_speaker s join statement_copy c on c.original_id = s.statement_id;

insert into statement_organization (statement_id, organization_id, position)
select c.copy_id, s.organization_id, s.position from statement_organization s join statement_copy c on c.original_id = s.statement_id;

insert into statement_on_behalf_state (statement_id, state_id, position)
select c.copy_id, s.state_id, s.position from statement_on_behalf_state s join statement_copy c on c.original_id = s.statement_id;

insert into statement_country (statement_id, state_id)
select c.copy_id, s.state_id from statement_country s join statement_copy c on c.original_id = s.statement_id;

insert into amendment (session_id, slug, resolution_id, instrument, provision, subject, adopted_on, sources)
select a.session_id, a.slug || '-{copy}' || g, a.resolution_id, a.instrument, a.provision, a.subject, a.adopted_on, a.sources
from amendment a, generate_series(1, 9) g;

insert into policy (session_id, slug, resolution_id, name, adopted_on, summary, sources)
select p.session_id, p.slug || '-{copy}' || g, p.resolution_id, p.name, p.adopted_on, p.summary, p.sources
from policy p, generate_series(1, 9) g;

insert into decision (session_id, slug, resolution_id, kind, title, summary, seats_before, seats_after, effective_on,
                      sources)
select d.session_id, d.slug || '-{copy}' || g, d.resolution_id, d.kind, d.title, d.summary, d.seats_before, d.seats_after,
       d.effective_on, d.sources
from decision d, generate_series(1, 9) g;

insert into seat_allocation (decision_id, regional_group, seats, change, position)
select copy.id, a.regional_group, a.seats, a.change, a.position
from seat_allocation a join decision original on original.id = a.decision_id
cross join generate_series(1, 9) g
join decision copy on copy.session_id = original.session_id and copy.slug = original.slug || '-{copy}' || g;

insert into accession (session_id, state_id, note, sources)
select a.session_id, copy.id, a.note, a.sources
from accession a join state original on original.id = a.state_id
cross join generate_series(1, 9) g
join state copy on copy.slug = original.slug || '-{copy}' || g;
