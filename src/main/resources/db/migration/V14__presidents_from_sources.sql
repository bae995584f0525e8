-- The Presidents of the Assembly, corrected from the sources of asp-reference-facts-2.md (section 4): every
-- President's first and last session. The records shipped before read a President whose first session was not
-- given as President since the first session (Sidiki Kaba from the 1st to the 16th), and gave Prince Zeid the
-- 4th and O-Gon Kwon the 16th, which they opened or were elected at without presiding over them.
-- Loading shipped records creates only what is missing, so a database loaded before this correction gets it
-- here, once: a presidency is corrected only while it still holds the period it was shipped with (an editor's
-- correction is never overwritten), and the change is on record as a revision by "system", as the load was.
create temporary table president_correction (person text, old_from text, old_to text, new_from text, new_to text,
    elected_on date, period_note text, sources text[]) on commit drop;
insert into president_correction values
        ('zeid-raad-zeid-al-hussein', null, '4', '1', '3', '2002-09-03'::date,
         'Elected on the opening day of the first session, 3 September 2002 (UN press release L/3012; the Wikipedia list gives 13 September); presided over the first to the third session, the first session''s two resumptions in 2003 included. He opened the fourth session on 28 November 2005 as outgoing President, which an earlier source reads as “until ASP4”.',
         array['https://unis.unvienna.org/unis/en/pressrels/2002/l3012.html', 'https://press.un.org/en/2003/l3051.doc.htm', 'https://asp.icc-cpi.int/press-releases/press-releases-2005/opening-of-the-fourth-session-of-the-assembly-of-states-parties-to-the-rome-statute-of-the-icc', 'https://asp.icc-cpi.int/node/1832', 'https://en.wikipedia.org/wiki/List_of_presidents_and_vice-presidents_of_the_Assembly_of_States_Parties_of_the_International_Criminal_Court']),
        ('bruno-stagno-ugarte', '4', '6', '4', '6', null::date,
         'Elected at the third session (6–10 September 2004; the Wikipedia list gives 19 September 2004, which does not match the session''s dates); presided over the fourth to the sixth session, and was still President on 17 January 2008.',
         array['https://asp.icc-cpi.int/node/1832', 'http://iccnow.org/?mod=asp3', 'https://en.wikipedia.org/wiki/List_of_presidents_and_vice-presidents_of_the_Assembly_of_States_Parties_of_the_International_Criminal_Court', 'https://www.justiceinfo.net/en/19655-en-en-170108-iccjudges-three-new-icc-judges-sworn-in1044010440.html']),
        ('christian-wenaweser', '7', '9', '7', '9', '2007-12-13'::date,
         'Elected 13 December 2007; presided over the seventh to the ninth session (2008–2010).',
         array['http://www.iccnow.org/?mod=asp6&idudctp=22&order=authorasc', 'https://en.wikipedia.org/wiki/List_of_presidents_and_vice-presidents_of_the_Assembly_of_States_Parties_of_the_International_Criminal_Court']),
        ('tiina-intelmann', '10', '12', '10', '12', '2011-12-12'::date,
         'Elected at the opening of the tenth session, 12 December 2011 (the Coalition''s officials page speaks of a three-year term beginning in November 2011); presided over the tenth to the twelfth session, and opened the thirteenth on 8 December 2014 as outgoing President.',
         array['https://asp.icc-cpi.int/press-releases/press-releases-2011/ma114', 'http://archive.iccnow.org/?mod=electionaspofficials', 'http://archive.iccnow.org/?mod=aspofficials', 'https://ciccglobaljustice.wordpress.com/2014/12/09/asp-13-day-one-senegals-sidiki-kaba-elected-asp-president/']),
        ('sidiki-kaba', null, '16', '13', '16', '2014-12-08'::date,
         'Elected by acclamation at the opening of the thirteenth session, 8 December 2014, for a mandate “from the thirteenth to the sixteenth session” (the Assembly''s press release); handed over in December 2017.',
         array['https://asp.icc-cpi.int/fr/press-releases/PR1047', 'https://ciccglobaljustice.wordpress.com/2014/12/09/asp-13-day-one-senegals-sidiki-kaba-elected-asp-president/', 'https://lequotidien.sn/apres-3-ans-a-la-tete-de-lassemblee-des-etats-parties-de-la-cpi-sidiki-kaba-passe-le-flambeau', 'http://www.coalitionfortheicc.org/explore/assembly-states-parties/asp-2017/asp-2017-day-one?page=1']),
        ('o-gon-kwon', '16', '19-resumed-2', '17', '19-resumed-2', null::date,
         'President-elect at the sixteenth session (December 2017), when the new Bureau took office; presided over the seventeenth to the nineteenth session; his term concluded on 12 February 2021.',
         array['http://www.enqueteplus.com/content/aep', 'https://www.ibanet.org/ICC-Assembly-of-States-Parties-ASP-Session-New-York-2017.aspx', 'https://www.coalitionfortheicc.org/asp-president-elections-2020', 'https://coalitionfortheicc.org/asp-second-resumed-session-summary']),
        ('silvia-fernandez-de-gurmendi', '20', '22', '20', '22', '2020-12-18'::date,
         'Elected by acclamation on 18 December 2020, on the Bureau''s recommendation of 26 November 2020, for a term to 31 December 2023; presided over the twentieth to the twenty-second session, which she opened on 4 December 2023.',
         array['https://coalitionfortheicc.org/asp-second-resumed-session-summary', 'https://asp.icc-cpi.int/press-releases/PR1558', 'https://coalitionfortheicc.org/node/3061', 'https://www.coalitionfortheicc.org/asp22-day-one']),
        ('paivi-kaukoranta', '23', null, '23', '24', null::date,
         'Elected at the twenty-second session for a mandate from 2024 to 2026; the official pages show her presiding over the twenty-third session, the special session S-1 and the twenty-fourth session.',
         array['http://www.formin.fi/news/-/asset_publisher/GRSnUwaHDPv5/content/paivi-kaukoranta-valittu-kansainvalisen-rikostuomioistuimen-sopimuspuolikokouksen-puheenjohtajaksi/35732', 'https://www.coalitionfortheicc.org/asp22-day-one', 'https://www.icc-cpi.int/news/assembly-states-parties-concludes-its-twenty-third-session', 'https://asp.icc-cpi.int/press-releases/PR-20250710']);

create temporary table corrected_president on commit drop as
select p.id, f.id from_session_id, t.id to_session_id, c.elected_on, c.period_note, c.sources
from president_correction c
join person pe on pe.slug = c.person
join assembly_president p on p.person_id = pe.id
left join assembly_session was_f on was_f.id = p.from_session_id
left join assembly_session was_t on was_t.id = p.to_session_id
left join assembly_session f on f.slug = c.new_from
left join assembly_session t on t.slug = c.new_to
where was_f.slug is not distinct from c.old_from and was_t.slug is not distinct from c.old_to
  and (c.new_from is null or f.id is not null) and (c.new_to is null or t.id is not null)
  and (p.from_session_id, p.to_session_id, p.elected_on, p.period_note, p.sources)
      is distinct from (f.id, t.id, c.elected_on, c.period_note, c.sources);

update assembly_president p
set from_session_id = c.from_session_id, to_session_id = c.to_session_id, elected_on = c.elected_on,
    period_note = c.period_note, sources = c.sources, version = p.version + 1, updated_at = now()
from corrected_president c
where c.id = p.id;

with saved as (insert into revision (saved_at, username)
               select now(), 'system' where exists (select 1 from corrected_president) returning id)
insert into assembly_president_aud (rev, revtype, id, person_id, from_session_id, to_session_id, elected_on,
                                    period_note, sources, published, deleted_at, created_at, updated_at)
select saved.id, 1, p.id, p.person_id, p.from_session_id, p.to_session_id, p.elected_on, p.period_note, p.sources,
       p.published, p.deleted_at, p.created_at, p.updated_at
from saved, assembly_president p join corrected_president c on c.id = p.id;
