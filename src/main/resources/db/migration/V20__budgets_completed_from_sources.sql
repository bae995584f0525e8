-- Budgets completed from asp-reference-facts-2.md (section 2): the Major Programme lines of 2017 and 2020 read in
-- their resolutions, the subtotal of 2017, the host-State loan of 2020, the approved total without the host-State loan of 2021, the Committee's
-- recommendation of 2022, and notes that give what the sources say of the proposals. Loading shipped records
-- creates only what is missing (the new years), so a database loaded before gets these here, once: only a budget
-- still as shipped (its approved total and note unchanged, the figures filled here still empty, no lines) is
-- completed, as a revision by "system" as the load was.
create temporary table budget_completion (year integer, approved numeric(14, 2), approved_excluding_premises
    numeric(14, 2), premises_component numeric(14, 2), recommended numeric(14, 2), shipped_note text, note text,
    added_sources text[]) on commit drop;
insert into budget_completion values
        (2017, '144587300.00', 141600000.00, null, null, 'The approved total includes €2,987,300 for the host-State loan (figures from the resolution text, via mirrors).', 'The approved total includes €2,987,300 for the host-State loan (Major Programme VII-2); the subtotal of the Court''s programmes is €141,600,000 (figures from the resolution text, via mirrors).', array[]::text[]),
        (2020, '149205600.00', null, 3585100.00, null, 'The subtotal excluding the host-State loan is €145,620,500 (figures from the resolution text, via a mirror).', 'The subtotal excluding the host-State loan is €145,620,500 (figures from the resolution text, via a mirror). The PILPG blog gives the Committee on Budget and Finance''s recommendation as €146.21 million, and the Court''s proposal as €146.94 million (+€2.39 million, +1.7% on the approved budget for 2019) in its report of the 5th plenary meeting but as €147.42 million in its report of the 9th.', array['http://www.publicinternationallawandpolicygroup.org/lawyering-justice-blog/2019/12/6/asp-fifth-plenary-meeting-budget', 'http://www.publicinternationallawandpolicygroup.org/lawyering-justice-blog/2019/12/7/asp18-ninth-plenary-meeting-adoption-of-resolutions']::text[]),
        (2021, '148259000.00', 144673900.00, null, null, null, 'The Coalition for the ICC gives €144,673,900 approved without the host-State loan, against a proposal of €144,917,200 without it; the PILPG blog says the budget was adopted in line with the recommendations of the Committee on Budget and Finance.', array['https://coalitionfortheicc.org/asp19-day-3-summary', 'http://www.publicinternationallawandpolicygroup.org/lawyering-justice-blog/2020/12/17/asp19-the-hague-14-16-december-2020']::text[]),
        (2022, '154855000.00', null, null, 155564900.00, 'The approved figure is from the Coalition for the ICC''s summary of the 21st session (coalitionfortheicc.org/news/20230115/...); the Court''s request is from its ASP20 day-4 report (coalitionfortheicc.org/asp20-day-4). Both are NGO summaries, not the resolution text.', 'The approved figure is from the Coalition for the ICC''s summary of the 21st session (coalitionfortheicc.org/news/20230115/...); the Court''s request is from its ASP20 day-4 report (coalitionfortheicc.org/asp20-day-4). Both are NGO summaries, not the resolution text. The Committee on Budget and Finance''s recommendation is from the Coalition''s summary of the 20th session (coalitionfortheicc.org/news/20220113/what-happened-asp20). The Coalition gives the Court''s request as €14.3 million (9.5%) more than the approved budget for 2021.', array['https://www.coalitionfortheicc.org/news/20220113/what-happened-asp20']::text[]),
        (2023, '173234300.00', null, null, null, 'The Coalition for the ICC gives the change as +12.2%, i.e. +€18,379,300 on the 2022 approved budget of €154,855,000; the proposed figure is the amount requested by the Court. These are NGO figures, not the resolution text.', 'The Coalition for the ICC gives the change as +12.2%, i.e. +€18,379,300 on the 2022 approved budget of €154,855,000; the proposed figure is the amount requested by the Court. These are NGO figures, not the resolution text. The Coalition gives the Court''s request as +20.7% (+€31,971,400, of which €8.4 million for inflation); Amnesty International gives it as “€183 million” (+€32 million).', array['https://hrij.amnesty.nl/the-2023-budget-the-true-test-of-state-parties-support-for-the-icc/']::text[]);

create temporary table budget_completion_line (year integer, position integer, programme text,
    amount numeric(14, 2)) on commit drop;
insert into budget_completion_line values
        (2017, 0, 'JUDICIARY', 12536000.00),
        (2017, 1, 'OFFICE_OF_THE_PROSECUTOR', 44974200.00),
        (2017, 2, 'REGISTRY', 76632600.00),
        (2017, 3, 'ASSEMBLY_SECRETARIAT', 2618800.00),
        (2017, 4, 'PREMISES', 1454900.00),
        (2017, 5, 'VICTIMS_FUND_SECRETARIAT', 2174500.00),
        (2017, 6, 'INDEPENDENT_OVERSIGHT', 514800.00),
        (2017, 7, 'INTERNAL_AUDIT', 694200.00),
        (2017, 8, 'HOST_STATE_LOAN', 2987300.00),
        (2020, 0, 'JUDICIARY', 12081500.00),
        (2020, 1, 'OFFICE_OF_THE_PROSECUTOR', 47383400.00),
        (2020, 2, 'REGISTRY', 75916900.00),
        (2020, 3, 'ASSEMBLY_SECRETARIAT', 3316700.00),
        (2020, 4, 'PREMISES', 2270000.00),
        (2020, 5, 'VICTIMS_FUND_SECRETARIAT', 3226100.00),
        (2020, 6, 'INDEPENDENT_OVERSIGHT', 704700.00),
        (2020, 7, 'INTERNAL_AUDIT', 721200.00),
        (2020, 8, 'HOST_STATE_LOAN', 3585100.00);

create temporary table completed_budget on commit drop as
select b.id, c.year, c.approved_excluding_premises, c.premises_component, c.recommended, c.note, c.added_sources
from budget_completion c join programme_budget b on b.year = c.year
where b.approved = c.approved and b.note is not distinct from c.shipped_note
  and (c.approved_excluding_premises is null or b.approved_excluding_premises is null)
  and (c.premises_component is null or b.premises_component is null)
  and (c.recommended is null or b.recommended is null)
  and not exists (select 1 from budget_line l where l.budget_id = b.id);

update programme_budget b
set approved_excluding_premises = coalesce(c.approved_excluding_premises, b.approved_excluding_premises),
    premises_component = coalesce(c.premises_component, b.premises_component),
    recommended = coalesce(c.recommended, b.recommended), note = c.note,
    sources = b.sources || array(select u from unnest(c.added_sources) u where not (u = any (b.sources))),
    version = b.version + 1, updated_at = now()
from completed_budget c
where c.id = b.id;

insert into budget_line (budget_id, position, programme, amount)
select c.id, l.position, l.programme, l.amount
from completed_budget c join budget_completion_line l on l.year = c.year;

create temporary table budget_completion_revision on commit drop as
with saved as (insert into revision (saved_at, username)
               select now(), 'system' where exists (select 1 from completed_budget) returning id)
select id from saved;

insert into programme_budget_aud (rev, revtype, id, year, session_id, resolution_id, proposed, recommended, approved,
                                  approved_excluding_premises, premises_component, stated_change_amount,
                                  stated_change_percent, contingency_fund_level, working_capital_fund, staffing,
                                  approximate, note, sources, published, deleted_at, created_at, updated_at)
select r.id, 1, b.id, b.year, b.session_id, b.resolution_id, b.proposed, b.recommended, b.approved,
       b.approved_excluding_premises, b.premises_component, b.stated_change_amount, b.stated_change_percent,
       b.contingency_fund_level, b.working_capital_fund, b.staffing, b.approximate, b.note, b.sources, b.published,
       b.deleted_at, b.created_at, b.updated_at
from budget_completion_revision r, programme_budget b join completed_budget c on c.id = b.id;

insert into budget_line_aud (rev, revtype, budget_id, position, programme, amount)
select r.id, 0, l.budget_id, l.position, l.programme, l.amount
from budget_completion_revision r, budget_line l join completed_budget c on c.id = l.budget_id;
