-- Session dates corrected or qualified from asp-reference-facts-2.md (section 0): the fourth session ended on
-- 3 December 2005 (UN L/3101), and the Official Records' covers date the fourteenth and eighteenth sessions, the
-- latter a day later than the press release. Loading shipped records creates only what is missing, so a database
-- loaded before gets the corrections here, once: a session is corrected only while its date note is still the one
-- it was shipped with (an editor's correction is never overwritten), as a revision by "system" as the load was.
-- The resumed fourth and thirteenth sessions are new records, which the next load creates.
create temporary table session_correction (slug text, old_note text, end_date date, date_note text,
    added_sources text[]) on commit drop;
insert into session_correction values
        ('4', 'Opened on 28 November 2005 (press release ICC-ASP-20051127-117); the end date is not confirmed. The handbook of the fifth session mentions the Assembly''s “4th meeting, on 3 December 2005”.',
         '2005-12-03'::date, 'UN press release L/3101 says the fourth session was held in The Hague “from 28 November to 3 December 2005”; it opened on 28 November (press release ICC-ASP-20051127-117).',
         array['https://unis.unvienna.org/unis/en/pressrels/2006/l3101.html']),
        ('14', 'One secondary page gives 18–27 November 2015.',
         '2015-11-26'::date, 'The cover of the Official Records (volume II) reads “The Hague, 18–26 November 2015”, and FIDH says the session ended late on its eighth and last day, 26 November; one secondary page gives 18–27 November 2015.',
         array['https://vdocuments.us/assembly-of-states-parties-to-the-rome-statute-of-symbols-of-documents-of-the-assembly.html']),
        ('18', null,
         '2019-12-06'::date, 'The closing press release gives 2–6 December 2019; the cover of the Official Records (volume I) reads “The Hague, 2–7 December 2019”.',
         array['https://documents.pub/document/official-records-volume-i-9-election-to-fill-a-vacancy-on-the-committee-on.html']);

create temporary table corrected_session on commit drop as
select s.id, c.end_date, c.date_note, c.added_sources
from session_correction c join assembly_session s on s.slug = c.slug
where s.date_note is not distinct from c.old_note;

update assembly_session s
set end_date = c.end_date, date_note = c.date_note,
    sources = s.sources || array(select u from unnest(c.added_sources) u where not (u = any (s.sources))),
    version = s.version + 1, updated_at = now()
from corrected_session c
where c.id = s.id;

with saved as (insert into revision (saved_at, username)
               select now(), 'system' where exists (select 1 from corrected_session) returning id)
insert into assembly_session_aud (rev, revtype, id, slug, kind, number, resumption, parent_id, start_date,
                                  start_precision, end_date, date_note, city, country, venue, summary, topics, sources,
                                  published, deleted_at, created_at, updated_at)
select saved.id, 1, s.id, s.slug, s.kind, s.number, s.resumption, s.parent_id, s.start_date, s.start_precision,
       s.end_date, s.date_note, s.city, s.country, s.venue, s.summary, s.topics, s.sources, s.published, s.deleted_at,
       s.created_at, s.updated_at
from saved, assembly_session s join corrected_session c on c.id = s.id;
