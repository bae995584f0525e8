-- Budget lines: the appropriations of a year's budget by Major Programme, as the budget resolutions list them
-- (ProgrammeBudget.lines, in the order of MajorProgramme), with their revision history.
create table budget_line (
    budget_id bigint         not null constraint budget_line_budget_fk references programme_budget on delete cascade,
    position  integer        not null,
    programme text           not null constraint budget_line_programme_ck check (programme in
                  ('JUDICIARY', 'OFFICE_OF_THE_PROSECUTOR', 'REGISTRY', 'ASSEMBLY_SECRETARIAT', 'PREMISES',
                   'VICTIMS_FUND_SECRETARIAT', 'PROJECT_DIRECTOR', 'INDEPENDENT_OVERSIGHT', 'INTERNAL_AUDIT',
                   'HOST_STATE_LOAN')),
    amount    numeric(14, 2) not null constraint budget_line_amount_ck check (amount >= 0),
    constraint budget_line_pk primary key (budget_id, position),
    constraint budget_line_programme_uk unique (budget_id, programme)
);

-- A change to a budget's lines is a change to the records: announced to every instance, as for the tables of V6
create trigger budget_line_announces_changes after insert or update or delete or truncate on budget_line
    for each statement execute function notify_record_change();

create table budget_line_aud (
    amount numeric(14,2),
    position integer not null,
    revtype smallint not null,
    budget_id bigint not null,
    rev bigint not null,
    programme text,
    constraint budget_line_aud_pk primary key (position, revtype, budget_id, rev),
    constraint budget_line_aud_rev_fk foreign key (rev) references revision
);
