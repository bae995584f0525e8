-- Elections completed from asp-reference-facts-2.md (section 3): the candidates, rounds and figures the sources give
-- for five elections shipped without them. The Prosecutor of 2021 gets the other three candidates and both rounds'
-- votes; the judges of 2017 their first, second and fourth rounds, the rounds that elected five of them and three
-- more candidates; the judges of January 2009 their seven candidates, by round; the judges of 2007 the last day of
-- voting and when a candidate withdrew; the judges of 2023 the rounds that elected two of them and two more
-- candidates.
-- Loading shipped records creates only what is missing, so a database loaded before gets these completions here,
-- once: only an election still as shipped (its summary, candidates and rounds unchanged, the fields filled here
-- still empty) is completed, and an editor's change is never overwritten. The people and the State the completions
-- name are created here when missing, as records/directory.json has them; the load then finds them by slug. All of
-- it is one revision by "system", as the load was. A new database has no elections yet: nothing is done here, and
-- the load creates everything from the session files.
create temporary table election_completion (session text, election text, shipped_summary text,
    shipped_candidates integer, shipped_rounds integer, term_start date, term_note text, held_on date,
    held_until date, method text, round_count integer, majority_rule text, summary text, added_sources text[])
    on commit drop;
insert into election_completion values
        ('19-resumed-2', 'prosecutor',
         'Karim A.A. Khan was elected Prosecutor in the second round of voting, with 72 votes.', 1, 1,
         '2021-06-16', null, null, null, null, null,
         'a majority of the 123 States Parties: 62 votes',
         'Karim A.A. Khan was elected Prosecutor in the second round of voting, with 72 votes. It was the first election of the Prosecutor that was not decided by consensus; 62 votes of the 123 States Parties were required. In the first round Khan had 59 votes, Fergal Gaynor 47, Carlos Castresana 12 and Francesco Lo Voi 5; in the second Gaynor had 42, Castresana 5 and Lo Voi 3, and one member did not vote. Vice-President Michal Mlynár announced the result.',
         array['https://irishlegal.com/articles/irish-candidate-the-runner-up-in-icc-chief-prosecutor-race',
               'https://mindofthegeek.com/british-lawyer-karim-khan-appointed-prosecutor-for-war-crimes-tribunal/',
               'https://www.jurist.org/news/2021/02/icc-appoints-british-lawyer-karim-khan-as-next-chief-prosecutor/']),
        ('16', 'judges',
         'Six judges were elected. The source gives surnames only, except for Rosario Salvatore Aitala.', 6, 0,
         null, null, '2017-12-04', null, 'BALLOTS', 9, 'two-thirds of the States Parties voting',
         'The Assembly elected six judges from twelve candidates in nine rounds of voting, from 4 December 2017. In the first round (119 ballot papers, 10 invalid, 109 valid, 109 States voting, a two-thirds majority of 73) Akane (88 votes) and Ibáñez Carranza (77) were elected. Bossa had 71 votes in the second round, short of the 79 then required. On 5 December Vukoje (Bosnia and Herzegovina) withdrew before the third round, in which no one was elected; Alapini-Gansou and Bossa were elected in the fourth, in which all 123 States Parties cast valid ballots. After an inconclusive fifth round the candidates of Lesotho and Uruguay withdrew, and Kimberly Prost was elected in the sixth. The candidate of Croatia then withdrew, and the seventh round, between Aitala and Mensa-Bonsu (Ghana), was inconclusive. Aitala was elected and Mensa-Bonsu lost “after nine rounds”; the round that elected Aitala and its votes are not in the sources.',
         array['https://www.independent.co.ug/ugandas-justice-solomy-balungi-bossa-elected-icc-judge/',
               'https://coalitionfortheicc.org/asp-2017-day-two',
               'https://ilg2.org/2017/12/05/icc-assembly-of-states-parties-symposium-day-2/',
               'http://ghanaguardian.com/prof-mensa-bonsu-losses-icc-judge-job']),
        ('7-resumed-1', 'judges',
         'Election of six judges. The names of those elected are not given in the sources.', 0, 0,
         null, null, null, null, 'BALLOTS', 9, null,
         'The Assembly filled six seats in nine rounds. Mohamed Shahabuddeen was elected and Fumiko Saiga re-elected in the first round; Cuno Tarfusser was elected in the third, Sanji Mmasenono Monageng in the fourth and Christine Van den Wyngaert in the fifth. Wilhelmina Thomassen withdrew after three head-to-head rounds, the sixth to the eighth, and Joyce Aluoch was elected in the ninth. The sources give no vote counts. Shahabuddeen resigned on 16 February 2009, and Saiga died on 24 April 2009.',
         array['https://internationallawobserver.eu/new-judges-at-the-international-criminal-court',
               'http://www.iccnow.org/?mod=electionjudges2009']),
        ('6', 'judges',
         'The Assembly filled three vacancies in four rounds: Bruno Cotte and Fumiko Saiga were elected in the first round, on 30 November 2007; Jean Angela Permanand withdrew after the third; Daniel David Ntanda Nsereko was elected in the fourth, on 3 December 2007, with 74 votes where 68 were required.',
         5, 1, null, null, null, '2007-12-03', null, null, null, null, array[]::text[]),
        ('22', 'judges',
         'The Assembly elected six new judges to replace a third of the 18 judges of the Court, after eleven rounds of voting over two days. The judges were sworn in on 8 March 2024.',
         6, 0, null, null, null, null, null, null, null,
         'The Assembly elected six new judges to replace a third of the 18 judges of the Court, after eleven rounds of voting over two days. The judges were sworn in on 8 March 2024. Two judges were elected on the first day, 4 December. No one was elected in the ninth round, on 6 December, with 119 States present and voting; Rajaona (Madagascar), the candidate with the fewest votes, was then removed. Haykel Ben Mahfoudh was elected in the tenth round, with 122 present and voting, and Keebong Paek in the eleventh. Samoa withdrew the candidacy of Clarence Nelson. The sources give no vote counts.',
         array['https://www.coalitionfortheicc.org/asp22-day-one', 'https://coalitionfortheicc.org/node/3604']);

-- Candidates shipped, completed: the fields given here were empty as shipped.
create temporary table candidacy_change (session text, election text, person text, list_label text,
    elected_in_round integer, note text) on commit drop;
insert into candidacy_change values
        ('16', 'judges', 'tomoko-akane', null, 1, null),
        ('16', 'judges', 'bossa', 'A', 4, null),
        ('16', 'judges', 'ibanez-carranza', null, 1, null),
        ('16', 'judges', 'prost', null, 6, null),
        ('16', 'judges', 'reine-alapini-gansou', 'B', 4, null),
        ('6', 'judges', 'jean-angela-permanand', null, null, 'Withdrew after the third round.'),
        ('22', 'judges', 'haykel-ben-mahfoudh', null, 10, null),
        ('22', 'judges', 'keebong-paek', null, 11, null);

create temporary table candidacy_addition (session text, election text, position integer, person text,
    nationality text, outcome text, elected_in_round integer, incumbent boolean, note text) on commit drop;
insert into candidacy_addition values
        ('19-resumed-2', 'prosecutor', 2, 'fergal-gaynor', 'ireland', 'NOT_ELECTED', null, null, null),
        ('19-resumed-2', 'prosecutor', 3, 'carlos-castresana', null, 'NOT_ELECTED', null, null, null),
        ('19-resumed-2', 'prosecutor', 4, 'francesco-lo-voi', null, 'NOT_ELECTED', null, null, null),
        ('16', 'judges', 7, 'durdevic', null, null, null, null,
         'The sources give 59 votes in the first round, and not what became of the candidacy after it.'),
        ('16', 'judges', 8, 'vukoje', 'bosnia-and-herzegovina', 'WITHDRAWN', null, null,
         'Withdrew on 5 December 2017, before the third round.'),
        ('16', 'judges', 9, 'mensa-bonsu', 'ghana', 'NOT_ELECTED', null, null,
         'Not elected after nine rounds; the seventh, between Aitala and Mensa-Bonsu alone, was inconclusive.'),
        ('7-resumed-1', 'judges', 1, 'mohamed-shahabuddeen', 'guyana', 'ELECTED', 1, null,
         'Resigned on 16 February 2009.'),
        ('7-resumed-1', 'judges', 2, 'fumiko-saiga', 'japan', 'ELECTED', 1, true, 'Died on 24 April 2009.'),
        ('7-resumed-1', 'judges', 3, 'cuno-tarfusser', 'italy', 'ELECTED', 3, null, null),
        ('7-resumed-1', 'judges', 4, 'sanji-mmasenono-monageng', 'botswana', 'ELECTED', 4, null, null),
        ('7-resumed-1', 'judges', 5, 'christine-van-den-wyngaert', 'belgium', 'ELECTED', 5, null, null),
        ('7-resumed-1', 'judges', 6, 'joyce-aluoch', 'kenya', 'ELECTED', 9, null, null),
        ('7-resumed-1', 'judges', 7, 'wilhelmina-thomassen', 'netherlands', 'WITHDRAWN', null, null,
         'Withdrew after the head-to-head sixth to eighth rounds.'),
        ('22', 'judges', 7, 'rajaona', 'madagascar', 'NOT_ELECTED', null, null,
         'Removed after the ninth round as the candidate with the fewest votes.'),
        ('22', 'judges', 8, 'clarence-nelson', 'samoa', 'WITHDRAWN', null, null, 'Withdrawn by Samoa.');

-- A round shipped, completed (still with its shipped note, votes and no required majority), and rounds added.
create temporary table round_change (session text, election text, number integer, shipped_note text,
    shipped_votes integer, required_majority integer, note text) on commit drop;
insert into round_change values
        ('19-resumed-2', 'prosecutor', 2, 'The vote count is from a press report (Republic World).', 1, 62,
         'One member did not vote. The figures are from press reports (Republic World, Irish Legal News).');

create temporary table round_addition (session text, election text, number integer, held_on date,
    ballots_cast integer, invalid_ballots integer, abstentions integer, valid_ballots integer,
    required_majority integer, note text) on commit drop;
insert into round_addition values
        ('19-resumed-2', 'prosecutor', 1, '2021-02-12', null, null, null, null, 62, null),
        ('16', 'judges', 1, '2017-12-04', 119, 10, 0, 109, 73,
         '109 States voting. The sources read give the votes of these six candidates only.'),
        ('16', 'judges', 2, null, null, null, null, null, 79,
         'The sources give Bossa''s votes only: 71, short of the 79 required.'),
        ('16', 'judges', 4, null, null, null, null, 123, null,
         'All 123 States Parties cast valid ballots; Alapini-Gansou and Bossa were elected.');

-- Votes added, to rounds added or completed, after the votes a round already has.
create temporary table vote_addition (session text, election text, number integer, position integer, person text,
    votes integer) on commit drop;
insert into vote_addition values
        ('19-resumed-2', 'prosecutor', 1, 0, 'karim-khan', 59),
        ('19-resumed-2', 'prosecutor', 1, 1, 'fergal-gaynor', 47),
        ('19-resumed-2', 'prosecutor', 1, 2, 'carlos-castresana', 12),
        ('19-resumed-2', 'prosecutor', 1, 3, 'francesco-lo-voi', 5),
        ('19-resumed-2', 'prosecutor', 2, 1, 'fergal-gaynor', 42),
        ('19-resumed-2', 'prosecutor', 2, 2, 'carlos-castresana', 5),
        ('19-resumed-2', 'prosecutor', 2, 3, 'francesco-lo-voi', 3),
        ('16', 'judges', 1, 0, 'tomoko-akane', 88),
        ('16', 'judges', 1, 1, 'ibanez-carranza', 77),
        ('16', 'judges', 1, 2, 'bossa', 67),
        ('16', 'judges', 1, 3, 'reine-alapini-gansou', 66),
        ('16', 'judges', 1, 4, 'durdevic', 59),
        ('16', 'judges', 1, 5, 'rosario-salvatore-aitala', 55),
        ('16', 'judges', 2, 0, 'bossa', 71);

-- The people and the State the added candidacies name, as records/directory.json has them.
create temporary table person_addition (slug text, name text, nationality text, note text, sources text[])
    on commit drop;
insert into person_addition values
        ('fergal-gaynor', 'Fergal Gaynor', 'ireland', null,
         array['https://irishlegal.com/articles/irish-candidate-the-runner-up-in-icc-chief-prosecutor-race']),
        ('carlos-castresana', 'Carlos Castresana', null, null,
         array['https://irishlegal.com/articles/irish-candidate-the-runner-up-in-icc-chief-prosecutor-race']),
        ('francesco-lo-voi', 'Francesco Lo Voi', null, null,
         array['https://irishlegal.com/articles/irish-candidate-the-runner-up-in-icc-chief-prosecutor-race']),
        ('durdevic', 'Đurđević', null, 'Recorded by surname only.',
         array['https://www.independent.co.ug/ugandas-justice-solomy-balungi-bossa-elected-icc-judge/']),
        ('vukoje', 'Vukoje', 'bosnia-and-herzegovina', 'Recorded by surname only.',
         array['https://coalitionfortheicc.org/asp-2017-day-two',
               'https://ilg2.org/2017/12/05/icc-assembly-of-states-parties-symposium-day-2/']),
        ('mensa-bonsu', 'Mensa-Bonsu', 'ghana', 'Recorded by surname only.',
         array['https://ilg2.org/2017/12/05/icc-assembly-of-states-parties-symposium-day-2/',
               'http://ghanaguardian.com/prof-mensa-bonsu-losses-icc-judge-job']),
        ('mohamed-shahabuddeen', 'Mohamed Shahabuddeen', 'guyana', null,
         array['https://internationallawobserver.eu/new-judges-at-the-international-criminal-court',
               'http://www.iccnow.org/?mod=electionjudges2009']),
        ('cuno-tarfusser', 'Cuno Tarfusser', 'italy', null,
         array['https://internationallawobserver.eu/new-judges-at-the-international-criminal-court',
               'http://www.iccnow.org/?mod=electionjudges2009']),
        ('christine-van-den-wyngaert', 'Christine Van den Wyngaert', 'belgium', null,
         array['https://internationallawobserver.eu/new-judges-at-the-international-criminal-court',
               'http://www.iccnow.org/?mod=electionjudges2009']),
        ('joyce-aluoch', 'Joyce Aluoch', 'kenya', null,
         array['https://internationallawobserver.eu/new-judges-at-the-international-criminal-court',
               'http://www.iccnow.org/?mod=electionjudges2009']),
        ('wilhelmina-thomassen', 'Wilhelmina Thomassen', 'netherlands', null,
         array['https://internationallawobserver.eu/new-judges-at-the-international-criminal-court',
               'http://www.iccnow.org/?mod=electionjudges2009']),
        ('rajaona', 'Rajaona', 'madagascar', 'Recorded by surname only.',
         array['https://coalitionfortheicc.org/day-3', 'https://coalitionfortheicc.org/node/3604']),
        ('clarence-nelson', 'Clarence Nelson', 'samoa', null,
         array['https://coalitionfortheicc.org/day-3', 'https://coalitionfortheicc.org/node/3604']);

create temporary table state_addition (slug text, name text, code text, sources text[]) on commit drop;
insert into state_addition values
        ('guyana', 'Guyana', 'GY',
         array['https://internationallawobserver.eu/new-judges-at-the-international-criminal-court']);

-- The elections still as shipped, whose candidates and States named are all there or added here.
create temporary table completed_election on commit drop as
select e.id, c.session, c.election, c.term_start, c.term_note, c.held_on, c.held_until, c.method, c.round_count,
       c.majority_rule, c.summary, c.added_sources
from election_completion c
join assembly_session s on s.slug = c.session
join election e on e.session_id = s.id and e.slug = c.election
where e.summary is not distinct from c.shipped_summary
  and (select count(*) from candidacy x where x.election_id = e.id) = c.shipped_candidates
  and (select count(*) from election_round r where r.election_id = e.id) = c.shipped_rounds
  and (c.term_start is null or e.term_start is null) and (c.term_note is null or e.term_note is null)
  and (c.held_on is null or e.held_on is null)
  and (c.held_until is null or e.held_until is null) and (c.method is null or e.method is null)
  and (c.round_count is null or e.round_count is null) and (c.majority_rule is null or e.majority_rule is null)
  and not exists (select 1 from candidacy_change ch
                  where (ch.session, ch.election) = (c.session, c.election)
                    and not exists (select 1 from candidacy x join person p on p.id = x.person_id
                                    where x.election_id = e.id and p.slug = ch.person and x.elected_in_round is null
                                      and (ch.list_label is null or x.list_label is null)
                                      and (ch.note is null or x.note is null)))
  and not exists (select 1 from round_change rc
                  where (rc.session, rc.election) = (c.session, c.election)
                    and not exists (select 1 from election_round r
                                    where r.election_id = e.id and r.number = rc.number
                                      and r.note is not distinct from rc.shipped_note and r.required_majority is null
                                      and (select count(*) from round_vote v where v.round_id = r.id)
                                          = rc.shipped_votes))
  and not exists (select 1 from candidacy_addition a
                  where (a.session, a.election) = (c.session, c.election)
                    and ((a.nationality is not null
                          and not exists (select 1 from state st where st.slug = a.nationality)
                          and not exists (select 1 from state_addition sa where sa.slug = a.nationality))
                         or (not exists (select 1 from person p where p.slug = a.person)
                             and not exists (select 1 from person_addition pa where pa.slug = a.person))));

-- People and States missing, that a completed election names.
create temporary table added_person on commit drop as
select pa.* from person_addition pa
where not exists (select 1 from person p where p.slug = pa.slug)
  and exists (select 1 from candidacy_addition a join completed_election c
              on (c.session, c.election) = (a.session, a.election) where a.person = pa.slug);

create temporary table added_state on commit drop as
select sa.* from state_addition sa
where not exists (select 1 from state st where st.slug = sa.slug)
  and (exists (select 1 from added_person ap where ap.nationality = sa.slug)
       or exists (select 1 from candidacy_addition a join completed_election c
                  on (c.session, c.election) = (a.session, a.election) where a.nationality = sa.slug));

insert into state (slug, name, code, sources, published_at)
select slug, name, code, sources, now() from added_state;

insert into person (slug, name, nationality_id, note, sources, published_at)
select ap.slug, ap.name, st.id, ap.note, ap.sources, now()
from added_person ap left join state st on st.slug = ap.nationality;

update election e
set term_start = coalesce(c.term_start, e.term_start), term_note = coalesce(c.term_note, e.term_note),
    held_on = coalesce(c.held_on, e.held_on), held_until = coalesce(c.held_until, e.held_until),
    method = coalesce(c.method, e.method), round_count = coalesce(c.round_count, e.round_count),
    majority_rule = coalesce(c.majority_rule, e.majority_rule), summary = coalesce(c.summary, e.summary),
    sources = e.sources || array(select u from unnest(c.added_sources) u where not (u = any (e.sources))),
    version = e.version + 1, updated_at = now()
from completed_election c
where c.id = e.id;

update candidacy x
set list_label = coalesce(ch.list_label, x.list_label),
    elected_in_round = coalesce(ch.elected_in_round, x.elected_in_round), note = coalesce(ch.note, x.note)
from candidacy_change ch, completed_election c, person p
where (c.session, c.election) = (ch.session, ch.election) and x.election_id = c.id and p.id = x.person_id
  and p.slug = ch.person;

insert into candidacy (election_id, position, person_id, nationality_id, outcome, elected_in_round, incumbent, note)
select c.id, a.position, p.id, st.id, a.outcome, a.elected_in_round, a.incumbent, a.note
from candidacy_addition a
join completed_election c on (c.session, c.election) = (a.session, a.election)
join person p on p.slug = a.person
left join state st on st.slug = a.nationality;

update election_round r
set required_majority = rc.required_majority, note = rc.note
from round_change rc, completed_election c
where (c.session, c.election) = (rc.session, rc.election) and r.election_id = c.id and r.number = rc.number;

insert into election_round (election_id, number, held_on, ballots_cast, invalid_ballots, abstentions, valid_ballots,
                            required_majority, note)
select c.id, a.number, a.held_on, a.ballots_cast, a.invalid_ballots, a.abstentions, a.valid_ballots,
       a.required_majority, a.note
from round_addition a join completed_election c on (c.session, c.election) = (a.session, a.election);

insert into round_vote (round_id, candidacy_id, votes, position)
select r.id, x.id, v.votes, v.position
from vote_addition v
join completed_election c on (c.session, c.election) = (v.session, v.election)
join election_round r on r.election_id = c.id and r.number = v.number
join candidacy x on x.election_id = c.id
join person p on p.id = x.person_id and p.slug = v.person;

create temporary table election_completion_revision on commit drop as
with saved as (insert into revision (saved_at, username)
               select now(), 'system' where exists (select 1 from completed_election) returning id)
select id from saved;

insert into state_aud (rev, revtype, id, slug, name, code, alternative_names, regional_group, signed_on, joined_on,
                       joined_by, party_since, party_ordinal, status_note, sources, published, deleted_at, created_at,
                       updated_at)
select r.id, 0, s.id, s.slug, s.name, s.code, s.alternative_names, s.regional_group, s.signed_on, s.joined_on,
       s.joined_by, s.party_since, s.party_ordinal, s.status_note, s.sources, s.published, s.deleted_at, s.created_at,
       s.updated_at
from election_completion_revision r, state s join added_state a on a.slug = s.slug;

insert into person_aud (rev, revtype, id, slug, name, honorific, grammatical_gender, alternative_names,
                        nationality_id, note, sources, published, deleted_at, created_at, updated_at)
select r.id, 0, p.id, p.slug, p.name, p.honorific, p.grammatical_gender, p.alternative_names, p.nationality_id,
       p.note, p.sources, p.published, p.deleted_at, p.created_at, p.updated_at
from election_completion_revision r, person p join added_person a on a.slug = p.slug;

insert into election_aud (rev, revtype, id, session_id, slug, body, seats, term_years, term_start, term_note, held_on,
                          held_until, method, round_count, majority_rule, summary, sources, published, deleted_at,
                          created_at, updated_at)
select r.id, 1, e.id, e.session_id, e.slug, e.body, e.seats, e.term_years, e.term_start, e.term_note, e.held_on,
       e.held_until, e.method, e.round_count, e.majority_rule, e.summary, e.sources, e.published, e.deleted_at,
       e.created_at, e.updated_at
from election_completion_revision r, election e join completed_election c on c.id = e.id;

insert into candidacy_aud (rev, revtype, id, election_id, position, person_id, state_id, nationality_id, list_label,
                           regional_group, role, outcome, elected_in_round, incumbent, note)
select r.id, case when exists (select 1 from candidacy_addition a
                               where (a.session, a.election) = (c.session, c.election) and a.position = x.position)
                  then 0 else 1 end,
       x.id, x.election_id, x.position, x.person_id, x.state_id, x.nationality_id, x.list_label, x.regional_group,
       x.role, x.outcome, x.elected_in_round, x.incumbent, x.note
from election_completion_revision r, candidacy x
join completed_election c on c.id = x.election_id
join person p on p.id = x.person_id
where exists (select 1 from candidacy_addition a
              where (a.session, a.election) = (c.session, c.election) and a.position = x.position)
   or exists (select 1 from candidacy_change ch
              where (ch.session, ch.election) = (c.session, c.election) and ch.person = p.slug);

insert into election_round_aud (rev, revtype, id, election_id, number, held_on, ballots_cast, invalid_ballots,
                                abstentions, valid_ballots, required_majority, note)
select r.id, case when exists (select 1 from round_addition a
                               where (a.session, a.election) = (c.session, c.election) and a.number = er.number)
                  then 0 else 1 end,
       er.id, er.election_id, er.number, er.held_on, er.ballots_cast, er.invalid_ballots, er.abstentions,
       er.valid_ballots, er.required_majority, er.note
from election_completion_revision r, election_round er
join completed_election c on c.id = er.election_id
where exists (select 1 from round_addition a
              where (a.session, a.election) = (c.session, c.election) and a.number = er.number)
   or exists (select 1 from round_change rc
              where (rc.session, rc.election) = (c.session, c.election) and rc.number = er.number);

insert into round_vote_aud (rev, revtype, round_id, position, candidacy_id, votes)
select r.id, 0, v.round_id, v.position, v.candidacy_id, v.votes
from election_completion_revision r, round_vote v
join election_round er on er.id = v.round_id
join completed_election c on c.id = er.election_id
where exists (select 1 from vote_addition a
              where (a.session, a.election) = (c.session, c.election) and a.number = er.number
                and a.position = v.position);
