-- Resolutions completed from asp-reference-facts-2.md (section 1a): the plenary meeting and manner of adoption of
-- four resolutions shipped without them, and the titles the reference reads in two of them. Loading shipped records
-- creates only what is missing (the new resolutions of earlier sessions), so a database loaded before gets these
-- completions here, once: only what is still empty as shipped is filled (an editor's entry is never overwritten),
-- as a revision by "system" as the load was.
create temporary table resolution_completion (symbol text, title text, plenary_meeting integer, adoption_note text,
    added_sources text[]) on commit drop;
insert into resolution_completion values
        ('ICC-ASP/14/Res.4', 'Strengthening the International Criminal Court and the Assembly of States Parties', 12, null,
         array['https://vdocuments.us/resolution-icc-asp14res-icc-asp1420-20-e-070316-31-resolution-icc-asp14res4.html']),
        ('ICC-ASP/15/Res.1', 'Resolution of the Assembly of States Parties on the proposed programme budget for 2017, the Working Capital Fund for 2017, the scale of assessment for the apportionment of expenses of the International Criminal Court, financing appropriations for 2017 and the Contingency Fund', 10, 'Adopted “without a vote”, as the PILPG blog puts it.',
         array['http://www.publicinternationallawandpolicygroup.org/lawyering-justice-blog/2016/11/24/tenth-plenary-meeting-of-the-asp15']),
        ('ICC-ASP/17/Res.4', null, 13, 'Adopted as draft ICC-ASP/17/L.4, at the thirteenth and final plenary meeting.',
         array['https://coalitionfortheicc.org/asp-2018-day-seven']),
        ('ICC-ASP/18/Res.1', null, 9, 'Adopted as draft ICC-ASP/18/L.4.',
         array['http://www.publicinternationallawandpolicygroup.org/lawyering-justice-blog/2019/12/7/asp18-ninth-plenary-meeting-adoption-of-resolutions']);

create temporary table completed_resolution on commit drop as
select r.id, c.title, c.plenary_meeting, c.adoption_note, c.added_sources
from resolution_completion c join resolution r on r.symbol = c.symbol
where r.plenary_meeting is null and r.adoption_method is null;

update resolution r
set title = coalesce(r.title, c.title), plenary_meeting = c.plenary_meeting, adoption_method = 'CONSENSUS',
    adoption_note = coalesce(r.adoption_note, c.adoption_note),
    sources = r.sources || array(select u from unnest(c.added_sources) u where not (u = any (r.sources))),
    version = r.version + 1, updated_at = now()
from completed_resolution c
where c.id = r.id;

with saved as (insert into revision (saved_at, username)
               select now(), 'system' where exists (select 1 from completed_resolution) returning id)
insert into resolution_aud (rev, revtype, id, session_id, symbol, symbol_session, number, title, adopted_on,
                            adoption_note, plenary_meeting, adoption_method, votes_for, votes_against, votes_abstaining,
                            summary, topics, documents, sources, published, deleted_at, created_at, updated_at)
select saved.id, 1, r.id, r.session_id, r.symbol, r.symbol_session, r.number, r.title, r.adopted_on, r.adoption_note,
       r.plenary_meeting, r.adoption_method, r.votes_for, r.votes_against, r.votes_abstaining, r.summary, r.topics,
       r.documents, r.sources, r.published, r.deleted_at, r.created_at, r.updated_at
from saved, resolution r join completed_resolution c on c.id = r.id;
