-- Resolutions and session facts from asp-reference-facts-2.md (sections 0, 1a and 1b). The shipped records now
-- hold the resolutions that later documents cite, the links of the resolutions that recall earlier ones
-- (ICC-ASP/15/Res.3, ICC-ASP/4/Res.1 and ICC-ASP/6/Res.1), and, on twelve sessions, the meetings that closed them,
-- the resolutions they adopted and the topics of those. Loading shipped records creates only what is missing, so a
-- database loaded before gets the rest here, once, as a revision by "system" as the load was: a session is completed
-- only while its summary and topics are still as shipped, and a resolution is linked only while it refers to none
-- (an editor's entry is never overwritten). Flyway runs before the load, so the cited resolutions those links point to
-- are not there yet: they are created here, with what the load would give them, and the load then leaves them; the
-- other new resolutions are created by the load.
create temporary table session_completion (slug text, shipped_summary text, shipped_topics text[], added_summary text,
    topics text[], added_sources text[]) on commit drop;
insert into session_completion values
        ('1-resumed-2', 'The second resumption of the first session met at United Nations Headquarters in New York from 21 to 23 April 2003.', array[]::text[],
         'It closed at its 12th meeting, on 23 April 2003 (UN press release L/3038).',
         array[]::text[], array['https://press.un.org/en/2003/l3038.doc.htm']),
        ('2', 'The second session met at United Nations Headquarters in New York from 8 to 12 September 2003.', array[]::text[],
         'It closed at its 5th meeting, on 12 September 2003 (UN press release L/3051).',
         array[]::text[], array['https://press.un.org/en/2003/l3051.doc.htm']),
        ('5', 'The fifth session met at the World Forum Convention Center in The Hague. It approved the programme budget for 2007, of €88,871,800 with 647 approved posts.', array['budget'],
         'At its seventh and final meeting, on 1 December 2006, it adopted four resolutions: on strengthening the Court and the Assembly, the programme budget for 2007, the permanent premises and the strategic planning process. It also approved the Plan of Action for universality and the Headquarters Agreement.',
         array['budget', 'omnibus', 'universality'], array['http://www.iccnow.org/?mod=asp5']),
        ('7', 'The seventh session met at the World Forum Convention Center in The Hague. At its opening there were 108 States Parties, after Cook Islands and Suriname. It approved the programme budget for 2009, of €101,229,900 with 744 approved posts.', array['budget', 'universality'],
         'At its closing 7th plenary meeting, on 21 November 2008, it adopted seven resolutions, among them on the venue of the Review Conference, the permanent premises (with the host State''s loan of up to €200 million over 30 years at 2.5%) and the programme budget for 2009.',
         array['budget', 'review', 'universality'], array[]::text[]),
        ('8', 'The eighth session met at the World Forum Convention Center in The Hague. According to the handbook of the Review Conference, the Conference (Kampala, 31 May to 11 June 2010) was decided at the 8th plenary meeting, on 26 November 2009.', array['review'],
         'It concluded on the same day (press release ICC-ASP-20091126-PR481), having adopted resolutions on the Review Conference (draft ICC-ASP/8/L.5/Rev.1, adopted without a vote), an independent oversight mechanism, an African Union liaison office, the permanent premises, the programme budget for 2010 and strengthening the Court and the Assembly; the sources read do not give their number.',
         array['budget', 'review', 'omnibus', 'governance'], array['https://asp.icc-cpi.int:443/press-releases/press-releases-2009/assembly-of-states-parties-concludes-its-eighth-session', 'http://www.iccnow.org/?mod=newsdetail&news=3501']),
        ('10', 'The tenth session met at United Nations Headquarters in New York and concluded on 21 December 2011. Fatou Bensouda was elected Prosecutor by acclamation on 12 December 2011 (according to a secondary source), and six members of the Committee on Budget and Finance were elected.', array['elections'],
         'The Bureau took office at the start of the session, after Tiina Intelmann was elected President of the Assembly. The Assembly adopted six resolutions: on cooperation, an amendment to rule 4 of the Rules of Procedure and Evidence, reparations, the permanent premises, strengthening the Court and the Assembly, and the programme budget for 2012. It also designated the Cour des comptes (France) as External Auditor for four years.',
         array['budget', 'cooperation', 'elections', 'amendments', 'omnibus', 'victims'], array['http://archive.iccnow.org/?mod=electionaspofficials']),
        ('11', 'The eleventh session met in The Hague from 14 November 2012 and concluded on 21 November 2012.', array[]::text[],
         'It adopted eight resolutions: on complementarity, cooperation, the independent oversight mechanism, the permanent premises, victims and reparations, amendments to the Rules of Procedure and Evidence, strengthening the Court and the Assembly, and the programme budget for 2013; and a recommendation on the election of the Registrar.',
         array['budget', 'cooperation', 'amendments', 'omnibus', 'victims', 'governance'], array[]::text[]),
        ('12', 'The twelfth session met in The Hague from 20 to 28 November 2013. According to the handbook of the thirteenth session, that session (New York, 8–17 December 2014) was decided at the 12th plenary meeting, on 27 November 2013.', array[]::text[],
         'It adopted eight resolutions, all by consensus: on the programme budget for 2014, the permanent premises, cooperation, complementarity, victims and affected communities, the establishment of the Independent Oversight Mechanism, amendments to the Rules of Procedure and Evidence, and strengthening the Court and the Assembly.',
         array['budget', 'cooperation', 'amendments', 'omnibus', 'victims', 'governance'], array['https://asp.icc-cpi.int/press-releases/PR967']),
        ('14', 'The fourteenth session met in The Hague. Resolution ICC-ASP/14/Res.4 was adopted on 26 November 2015.', array[]::text[],
         'On 26 November 2015 it adopted resolutions on the deletion of article 124 of the Rome Statute, cooperation, strengthening the Court and the Assembly, the programme budget for 2016 (with the Working Capital Fund, the Contingency Fund, the scale of assessment and its financing) and the permanent premises.',
         array['budget', 'cooperation', 'amendments', 'omnibus'], array['https://jfjustice.net/resolutions-adopted-at-the-14th-assembly-of-state-parties-to-the-rome-statute']),
        ('18', 'The eighteenth session met at the World Forum Convention Center in The Hague. On 6 December 2019 it adopted resolution ICC-ASP/18/Res.1 with the programme budget for 2020, of €149,205,600 with 973 approved posts. The nineteenth session was then planned for New York, from 7 to 17 December 2020.', array['budget'],
         'At its 9th plenary meeting, on 6 December 2019, the Assembly adopted seven resolutions by consensus, among them on the review of the procedure for the nomination and election of judges, the review of the Court and the Rome Statute system, the budget, and an amendment to article 8 of the Rome Statute on starvation in non-international armed conflict.',
         array['budget', 'review', 'elections', 'amendments'], array['http://www.publicinternationallawandpolicygroup.org/lawyering-justice-blog/2019/12/7/asp18-ninth-plenary-meeting-adoption-of-resolutions']),
        ('19', 'The nineteenth session met at the World Forum Convention Center in The Hague under COVID-19 measures, partly virtually; it had been planned for New York. It approved the programme budget for 2021, of €148,259,000 with 972 approved posts.', array['budget'],
         'On 16 December 2020 it adopted six resolutions: on the programme budget for 2021, cooperation, the remuneration of the judges of the Court, the procedure for adopting decisions during the session owing to COVID-19, a possible second resumption of the session and the term of the current Bureau, and strengthening the Court and the Assembly. The resolution on the review was left for the resumed session.',
         array['budget', 'cooperation', 'omnibus', 'working-methods', 'governance'], array['https://coalitionfortheicc.org/asp19-day-3-summary', 'http://www.publicinternationallawandpolicygroup.org/lawyering-justice-blog/2020/12/17/asp19-the-hague-14-16-december-2020']),
        ('20', 'The twentieth session met at the World Forum Convention Center in The Hague, partly remotely, when there were 123 States Parties. It elected the two Deputy Prosecutors, nine members of the Advisory Committee on Nominations of Judges and five members of the Board of Directors of the Trust Fund for Victims, and approved the programme budget for 2022, of €154,855,000.', array['budget', 'elections', 'universality'],
         'On 10 December 2021 it adopted five resolutions: on cooperation, the budget, the review process, the outcomes of the Study Group on Governance, and strengthening the Court and the Assembly.',
         array['budget', 'cooperation', 'review', 'elections', 'omnibus', 'universality', 'governance'], array['https://www.coalitionfortheicc.org/news/20220113/what-happened-asp20']);

create temporary table completed_session on commit drop as
select s.id, c.shipped_summary || ' ' || c.added_summary summary, c.topics, c.added_sources
from session_completion c join assembly_session s on s.slug = c.slug
where s.summary is not distinct from c.shipped_summary and s.topics = c.shipped_topics;

update assembly_session s
set summary = c.summary, topics = c.topics,
    sources = s.sources || array(select u from unnest(c.added_sources) u where not (u = any (s.sources))),
    version = s.version + 1, updated_at = now()
from completed_session c
where c.id = s.id;

create temporary table resolution_link (symbol text, refers_to text) on commit drop;
insert into resolution_link values
        ('ICC-ASP/4/Res.1', 'ICC-ASP/3/Res.3'),
        ('ICC-ASP/6/Res.1', 'ICC-ASP/4/Res.2'),
        ('ICC-ASP/6/Res.1', 'ICC-ASP/5/Res.1'),
        ('ICC-ASP/15/Res.3', 'ICC-ASP/6/Res.2'),
        ('ICC-ASP/15/Res.3', 'ICC-ASP/8/Res.2'),
        ('ICC-ASP/15/Res.3', 'ICC-ASP/9/Res.3'),
        ('ICC-ASP/15/Res.3', 'ICC-ASP/10/Res.2'),
        ('ICC-ASP/15/Res.3', 'ICC-ASP/11/Res.5'),
        ('ICC-ASP/15/Res.3', 'ICC-ASP/12/Res.3'),
        ('ICC-ASP/15/Res.3', 'ICC-ASP/13/Res.3'),
        ('ICC-ASP/15/Res.3', 'ICC-ASP/14/Res.3');

create temporary table cited_resolution (symbol text, session text, symbol_session text, number integer, title text,
    adopted_on date, summary text, topics text[], sources text[]) on commit drop;
insert into cited_resolution values
        ('ICC-ASP/3/Res.3', '3', '3', 3, null, '2004-09-10'::date,
         'Requested the Bureau to prepare an amended draft Code of Professional Conduct for counsel, as ICC-ASP/4/Res.1 recalls.',
         array[]::text[], array['https://1library.net/document/yr3vg5ej-resolution-icc-asp-res.html']),
        ('ICC-ASP/4/Res.2', '4', '4', 2, null, null,
         'Recalled in ICC-ASP/6/Res.1 as the resolution on the permanent premises.',
         array[]::text[], array['https://lawsdocbox.com/US_Government_Resources/65997527-Icc-asp-6-20-part-iii-resolutions-and-recommendations-adopted-by-the-assembly-of-states-parties.html']),
        ('ICC-ASP/5/Res.1', '5', '5', 1, null, null,
         'Recalled in ICC-ASP/6/Res.1 as the resolution on the permanent premises by which the Court was to focus on option 3 alone: purpose-built premises on the Alexanderkazerne site.',
         array[]::text[], array['https://lawsdocbox.com/US_Government_Resources/65997527-Icc-asp-6-20-part-iii-resolutions-and-recommendations-adopted-by-the-assembly-of-states-parties.html']),
        ('ICC-ASP/8/Res.2', '8', '8', 2, null, null,
         'Recalled in ICC-ASP/15/Res.3 as the resolution on cooperation.',
         array['cooperation'], array['https://documents.pub/document/page-icc-resolution-icc-asp15res3-asp-adopted-at-the-10th-2017-2-13-resolution.html']),
        ('ICC-ASP/9/Res.3', '9', '9', 3, null, null,
         'Recalled in ICC-ASP/15/Res.3 among the resolutions on cooperation; the Assembly''s page on complementarity cites its paragraphs 4, 5, 15 and 47.',
         array['cooperation'], array['https://documents.pub/document/page-icc-resolution-icc-asp15res3-asp-adopted-at-the-10th-2017-2-13-resolution.html', 'https://asp.icc-cpi.int/en_menus/asp/complementarity/Pages/Resources.aspx']),
        ('ICC-ASP/10/Res.2', '10', '10', 2, null, null,
         'Recalled in ICC-ASP/15/Res.3 as the resolution on cooperation.',
         array['cooperation'], array['https://documents.pub/document/page-icc-resolution-icc-asp15res3-asp-adopted-at-the-10th-2017-2-13-resolution.html']),
        ('ICC-ASP/11/Res.5', '11', '11', 5, null, null,
         'Recalled in ICC-ASP/15/Res.3 as the resolution on cooperation.',
         array['cooperation'], array['https://documents.pub/document/page-icc-resolution-icc-asp15res3-asp-adopted-at-the-10th-2017-2-13-resolution.html']),
        ('ICC-ASP/12/Res.3', '12', '12', 3, null, null,
         'Recalled in ICC-ASP/15/Res.3 as the resolution on cooperation.',
         array['cooperation'], array['https://documents.pub/document/page-icc-resolution-icc-asp15res3-asp-adopted-at-the-10th-2017-2-13-resolution.html']),
        ('ICC-ASP/13/Res.3', '13', '13', 3, null, null,
         'Recalled in ICC-ASP/15/Res.3 as the resolution on cooperation.',
         array['cooperation'], array['https://documents.pub/document/page-icc-resolution-icc-asp15res3-asp-adopted-at-the-10th-2017-2-13-resolution.html']),
        ('ICC-ASP/14/Res.3', '14', '14', 3, null, null,
         'Recalled in ICC-ASP/15/Res.3 as the resolution on cooperation.',
         array['cooperation'], array['https://documents.pub/document/page-icc-resolution-icc-asp15res3-asp-adopted-at-the-10th-2017-2-13-resolution.html']);

-- The resolutions to link: recorded, and still referring to none, as shipped.
create temporary table linking_resolution on commit drop as
select r.id, r.symbol
from resolution r
where r.symbol in (select symbol from resolution_link)
  and not exists (select 1 from resolution_reference x where x.resolution_id = r.id);

create temporary table added_resolution (id bigint) on commit drop;
with added as (insert into resolution (session_id, symbol, symbol_session, number, title, adopted_on, summary, topics,
                                       documents, sources, published, published_at)
               select s.id, c.symbol, c.symbol_session, c.number, c.title, c.adopted_on, c.summary, c.topics, '{}',
                      c.sources, true, now()
               from cited_resolution c join assembly_session s on s.slug = c.session
               where not exists (select 1 from resolution r where r.symbol = c.symbol)
                 and exists (select 1 from resolution_link l join linking_resolution k on k.symbol = l.symbol
                             where l.refers_to = c.symbol)
               returning id)
insert into added_resolution select id from added;

create temporary table added_reference (resolution_id bigint, refers_to_id bigint) on commit drop;
with added as (insert into resolution_reference (resolution_id, refers_to_id)
               select k.id, t.id
               from linking_resolution k join resolution_link l on l.symbol = k.symbol
                    join resolution t on t.symbol = l.refers_to
               returning resolution_id, refers_to_id)
insert into added_reference select resolution_id, refers_to_id from added;

update resolution r
set version = r.version + 1, updated_at = now()
where r.id in (select resolution_id from added_reference);

create temporary table resolution_completion_revision on commit drop as
with saved as (insert into revision (saved_at, username)
               select now(), 'system'
               where exists (select 1 from completed_session) or exists (select 1 from added_reference)
               returning id)
select id from saved;

insert into assembly_session_aud (rev, revtype, id, slug, kind, number, resumption, parent_id, start_date,
                                  start_precision, end_date, date_note, city, country, venue, summary, topics, sources,
                                  published, deleted_at, created_at, updated_at)
select v.id, 1, s.id, s.slug, s.kind, s.number, s.resumption, s.parent_id, s.start_date, s.start_precision,
       s.end_date, s.date_note, s.city, s.country, s.venue, s.summary, s.topics, s.sources, s.published, s.deleted_at,
       s.created_at, s.updated_at
from resolution_completion_revision v, assembly_session s join completed_session c on c.id = s.id;

insert into resolution_aud (rev, revtype, id, session_id, symbol, symbol_session, number, title, adopted_on,
                            adoption_note, plenary_meeting, adoption_method, votes_for, votes_against, votes_abstaining,
                            summary, topics, documents, sources, published, deleted_at, created_at, updated_at)
select v.id, case when r.id in (select id from added_resolution) then 0 else 1 end, r.id, r.session_id, r.symbol,
       r.symbol_session, r.number, r.title, r.adopted_on, r.adoption_note, r.plenary_meeting, r.adoption_method,
       r.votes_for, r.votes_against, r.votes_abstaining, r.summary, r.topics, r.documents, r.sources, r.published,
       r.deleted_at, r.created_at, r.updated_at
from resolution_completion_revision v, resolution r
where r.id in (select id from added_resolution) or r.id in (select resolution_id from added_reference);

insert into resolution_reference_aud (rev, revtype, resolution_id, refers_to_id)
select v.id, 0, a.resolution_id, a.refers_to_id
from resolution_completion_revision v, added_reference a;
