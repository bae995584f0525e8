-- The grammatical gender that titles of office take for a person in French ("Présidente de l'Assemblée"), where a
-- source gives it: a woman presiding the Assembly was shown as "Président". Null where no source gives it.
alter table person add column grammatical_gender text
    constraint person_grammatical_gender_ck check (grammatical_gender in ('FEMININE', 'MASCULINE'));
alter table person_aud add column grammatical_gender text;

-- A database loaded before gets what the shipped records now say (records/directory.json), from the honorifics
-- its sources give (Ms., Mr.) and from the pronouns of the Presidents' sources (asp-reference-facts-2.md,
-- section 4), as a revision by "system" as the load was. The column is new: no editor can have set it.
create temporary table gendered (slug text, gender text) on commit drop;
insert into gendered
select slug, 'FEMININE' from unnest(array['tiina-intelmann', 'silvia-fernandez-de-gurmendi', 'paivi-kaukoranta',
    'sanyu-diana-awori', 'monica-sanchez-izquierdo', 'elena-sopkova', 'oumou-bah']) slug
union all
select slug, 'MASCULINE' from unnest(array['zeid-raad-zeid-al-hussein', 'werner-druml', 'fawzi-gharaibeh',
    'jun-yamada']) slug;
update person p set grammatical_gender = g.gender, version = p.version + 1, updated_at = now()
from gendered g where g.slug = p.slug;

-- The sources that give the Presidents' pronouns, added to their people where missing.
update person p
set sources = p.sources || array(select u from unnest(s.urls) u where not (u = any (p.sources)))
from (values ('zeid-raad-zeid-al-hussein', array['https://asp.icc-cpi.int/press-releases/press-releases-2005/opening-of-the-fourth-session-of-the-assembly-of-states-parties-to-the-rome-statute-of-the-icc']),
             ('tiina-intelmann', array['https://ciccglobaljustice.wordpress.com/2014/12/09/asp-13-day-one-senegals-sidiki-kaba-elected-asp-president/']),
             ('silvia-fernandez-de-gurmendi', array['https://coalitionfortheicc.org/node/3061',
                                                    'https://www.coalitionfortheicc.org/asp22-day-one'])) s (slug, urls)
where p.slug = s.slug;

with saved as (insert into revision (saved_at, username)
               select now(), 'system' where exists (select 1 from person p join gendered g on g.slug = p.slug)
               returning id)
insert into person_aud (rev, revtype, id, slug, name, honorific, grammatical_gender, alternative_names,
                        nationality_id, note, sources, published, deleted_at, created_at, updated_at)
select saved.id, 1, p.id, p.slug, p.name, p.honorific, p.grammatical_gender, p.alternative_names, p.nationality_id,
       p.note, p.sources, p.published, p.deleted_at, p.created_at, p.updated_at
from saved, person p join gendered g on g.slug = p.slug;
