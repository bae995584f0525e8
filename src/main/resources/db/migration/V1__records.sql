-- The Assembly's records. Every editable record carries an optimistic-locking version and timestamps;
-- every fact that came from somewhere carries its sources (URLs, or a citation where a document has none).
-- Enumerations are text with named check constraints so that the Java enums stay the single list of values.

-- Text search ignores accents ("Paivi" finds "Päivi"): two configurations whose word dictionaries unaccent first.
create extension if not exists unaccent;
create text search configuration portal_english (copy = english);
alter text search configuration portal_english
    alter mapping for hword, hword_part, word with unaccent, english_stem;
create text search configuration portal_simple (copy = simple);
alter text search configuration portal_simple
    alter mapping for hword, hword_part, word with unaccent, simple;

-- generated search columns need immutable expressions; array_to_string is only stable
create function immutable_array_to_string(text[], text) returns text
    language sql immutable parallel safe
    return array_to_string($1, $2);

create table state (
    id                bigint generated always as identity constraint state_pk primary key,
    slug              text    not null constraint state_slug_uk unique,
    name              text    not null,
    alternative_names text[]  not null default '{}',
    regional_group    text constraint state_regional_group_ck check (regional_group in
                          ('AFRICAN', 'ASIA_PACIFIC', 'EASTERN_EUROPEAN', 'LATIN_AMERICAN_CARIBBEAN', 'WESTERN_EUROPEAN_OTHER')),
    signed_on         date,
    joined_on         date,
    joined_by         text constraint state_joined_by_ck check (joined_by in ('RATIFICATION', 'ACCESSION')),
    party_since       date,
    party_ordinal     integer constraint state_party_ordinal_ck check (party_ordinal > 0),
    status_note       text,
    sources           text[]  not null default '{}',
    version           integer not null default 0,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    search_vector     tsvector generated always as (
        to_tsvector('portal_simple', name || ' ' || immutable_array_to_string(alternative_names, ' '))) stored
);

create table person (
    id                bigint generated always as identity constraint person_pk primary key,
    slug              text    not null constraint person_slug_uk unique,
    name              text    not null,
    honorific         text,
    alternative_names text[]  not null default '{}',
    nationality_id    bigint constraint person_nationality_fk references state,
    note              text,
    sources           text[]  not null default '{}',
    version           integer not null default 0,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    search_vector     tsvector generated always as (
        to_tsvector('portal_simple', name || ' ' || immutable_array_to_string(alternative_names, ' '))) stored
);
create index person_nationality_ix on person (nationality_id);

create table organization (
    id                bigint generated always as identity constraint organization_pk primary key,
    slug              text    not null constraint organization_slug_uk unique,
    name              text    not null,
    acronym           text,
    kind              text    not null constraint organization_kind_ck check (kind in
                          ('NGO', 'COALITION', 'NETWORK', 'INTERGOVERNMENTAL', 'OTHER')),
    parent_id         bigint constraint organization_parent_fk references organization,
    country_id        bigint constraint organization_country_fk references state,
    alternative_names text[]  not null default '{}',
    note              text,
    sources           text[]  not null default '{}',
    version           integer not null default 0,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    search_vector     tsvector generated always as (
        to_tsvector('portal_simple', name || ' ' || coalesce(acronym, '') || ' '
            || immutable_array_to_string(alternative_names, ' '))) stored
);

create table assembly_session (
    id              bigint generated always as identity constraint assembly_session_pk primary key,
    slug            text    not null constraint assembly_session_slug_uk unique,
    kind            text    not null constraint assembly_session_kind_ck check (kind in
                        ('REGULAR', 'RESUMED', 'SPECIAL', 'REVIEW_CONFERENCE')),
    number          integer constraint assembly_session_number_ck check (number > 0),
    resumption      integer constraint assembly_session_resumption_ck check (resumption > 0),
    parent_id       bigint constraint assembly_session_parent_fk references assembly_session,
    start_date      date,
    start_precision text    not null default 'DAY'
                        constraint assembly_session_start_precision_ck check (start_precision in ('DAY', 'MONTH')),
    end_date        date,
    date_note       text,
    city            text,
    country         text,
    venue           text,
    summary         text,
    topics          text[]  not null default '{}',
    sources         text[]  not null default '{}',
    version         integer not null default 0,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    constraint assembly_session_dates_ck check (end_date is null or start_date is null or end_date >= start_date),
    constraint assembly_session_resumed_ck check ((kind = 'RESUMED') = (parent_id is not null)),
    search_vector   tsvector generated always as (
        setweight(to_tsvector('portal_english', coalesce(venue, '') || ' ' || coalesce(city, '')), 'B')
        || setweight(to_tsvector('portal_english', coalesce(summary, '') || ' '
            || immutable_array_to_string(topics, ' ')), 'C')) stored
);
create index assembly_session_start_ix on assembly_session (start_date desc);

create table assembly_president (
    id              bigint generated always as identity constraint assembly_president_pk primary key,
    person_id       bigint  not null constraint assembly_president_person_fk references person,
    from_session_id bigint constraint assembly_president_from_fk references assembly_session,
    to_session_id   bigint constraint assembly_president_to_fk references assembly_session,
    elected_on      date,
    period_note     text,
    sources         text[]  not null default '{}',
    version         integer not null default 0,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    constraint assembly_president_person_from_uk unique (person_id, from_session_id)
);

create table resolution (
    id               bigint generated always as identity constraint resolution_pk primary key,
    session_id       bigint  not null constraint resolution_session_fk references assembly_session,
    symbol           text    not null constraint resolution_symbol_uk unique,
    symbol_session   text    not null,
    number           integer not null constraint resolution_number_ck check (number > 0),
    title            text,
    adopted_on       date,
    adoption_note    text,
    plenary_meeting  integer constraint resolution_plenary_meeting_ck check (plenary_meeting > 0),
    adoption_method  text constraint resolution_adoption_method_ck check (adoption_method in ('CONSENSUS', 'VOTE')),
    votes_for        integer constraint resolution_votes_for_ck check (votes_for >= 0),
    votes_against    integer constraint resolution_votes_against_ck check (votes_against >= 0),
    votes_abstaining integer constraint resolution_votes_abstaining_ck check (votes_abstaining >= 0),
    summary          text,
    topics           text[]  not null default '{}',
    documents        text[]  not null default '{}',
    sources          text[]  not null default '{}',
    version          integer not null default 0,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    constraint resolution_symbol_number_uk unique (symbol_session, number),
    constraint resolution_votes_ck check (adoption_method = 'VOTE'
        or (votes_for is null and votes_against is null and votes_abstaining is null)),
    search_vector    tsvector generated always as (
        setweight(to_tsvector('portal_simple', symbol), 'A')
        || setweight(to_tsvector('portal_english', coalesce(title, '')), 'A')
        || setweight(to_tsvector('portal_english', coalesce(summary, '') || ' '
            || immutable_array_to_string(topics, ' ')), 'C')) stored
);
create index resolution_session_ix on resolution (session_id, number);
create index resolution_topics_ix on resolution using gin (topics);
create index resolution_search_ix on resolution using gin (search_vector);

create table resolution_reference (
    resolution_id bigint not null constraint resolution_reference_from_fk references resolution on delete cascade,
    refers_to_id  bigint not null constraint resolution_reference_to_fk references resolution,
    constraint resolution_reference_pk primary key (resolution_id, refers_to_id),
    constraint resolution_reference_self_ck check (resolution_id <> refers_to_id)
);
create index resolution_reference_to_ix on resolution_reference (refers_to_id);

create table election (
    id            bigint generated always as identity constraint election_pk primary key,
    session_id    bigint  not null constraint election_session_fk references assembly_session,
    slug          text    not null,
    body          text    not null constraint election_body_ck check (body in
                      ('JUDGES', 'PROSECUTOR', 'DEPUTY_PROSECUTORS', 'ASSEMBLY_PRESIDENCY', 'BUREAU',
                       'BUDGET_FINANCE_COMMITTEE', 'TRUST_FUND_BOARD', 'NOMINATIONS_COMMITTEE', 'COURT_PRESIDENCY')),
    seats         integer constraint election_seats_ck check (seats > 0),
    term_years    integer constraint election_term_years_ck check (term_years > 0),
    term_start    date,
    term_note     text,
    held_on       date,
    held_until    date,
    method        text constraint election_method_ck check (method in ('BALLOTS', 'ACCLAMATION', 'CONSENSUS')),
    round_count   integer constraint election_round_count_ck check (round_count > 0),
    majority_rule text,
    summary       text,
    sources       text[]  not null default '{}',
    version       integer not null default 0,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    constraint election_session_slug_uk unique (session_id, slug),
    constraint election_held_ck check (held_until is null or held_on is null or held_until >= held_on),
    search_vector tsvector generated always as (to_tsvector('portal_english', coalesce(summary, ''))) stored
);

create table candidacy (
    id               bigint generated always as identity constraint candidacy_pk primary key,
    election_id      bigint  not null constraint candidacy_election_fk references election on delete cascade,
    position         integer not null,
    person_id        bigint constraint candidacy_person_fk references person,
    state_id         bigint constraint candidacy_state_fk references state,
    nationality_id   bigint constraint candidacy_nationality_fk references state,
    list_label       text,
    regional_group   text constraint candidacy_regional_group_ck check (regional_group in
                         ('AFRICAN', 'ASIA_PACIFIC', 'EASTERN_EUROPEAN', 'LATIN_AMERICAN_CARIBBEAN', 'WESTERN_EUROPEAN_OTHER')),
    role             text,
    outcome          text constraint candidacy_outcome_ck check (outcome in ('ELECTED', 'NOT_ELECTED', 'WITHDRAWN')),
    elected_in_round integer constraint candidacy_elected_in_round_ck check (elected_in_round > 0),
    incumbent        boolean,
    note             text,
    constraint candidacy_candidate_ck check (person_id is not null or state_id is not null),
    constraint candidacy_election_position_uk unique (election_id, position)
);
create index candidacy_person_ix on candidacy (person_id);
create index candidacy_state_ix on candidacy (state_id);
create index candidacy_nationality_ix on candidacy (nationality_id);

create table election_round (
    id                bigint generated always as identity constraint election_round_pk primary key,
    election_id       bigint  not null constraint election_round_election_fk references election on delete cascade,
    number            integer not null constraint election_round_number_ck check (number > 0),
    held_on           date,
    ballots_cast      integer constraint election_round_ballots_cast_ck check (ballots_cast >= 0),
    invalid_ballots   integer constraint election_round_invalid_ck check (invalid_ballots >= 0),
    abstentions       integer constraint election_round_abstentions_ck check (abstentions >= 0),
    valid_ballots     integer constraint election_round_valid_ck check (valid_ballots >= 0),
    required_majority integer constraint election_round_majority_ck check (required_majority >= 0),
    note              text,
    constraint election_round_number_uk unique (election_id, number)
);

create table round_vote (
    round_id     bigint  not null constraint round_vote_round_fk references election_round on delete cascade,
    candidacy_id bigint  not null constraint round_vote_candidacy_fk references candidacy on delete cascade,
    votes        integer not null constraint round_vote_votes_ck check (votes >= 0),
    constraint round_vote_pk primary key (round_id, candidacy_id)
);
create index round_vote_candidacy_ix on round_vote (candidacy_id);

create table programme_budget (
    id                         bigint generated always as identity constraint programme_budget_pk primary key,
    year                       integer not null constraint programme_budget_year_uk unique
                                   constraint programme_budget_year_ck check (year between 2002 and 2100),
    session_id                 bigint  not null constraint programme_budget_session_fk references assembly_session,
    resolution_id              bigint constraint programme_budget_resolution_fk references resolution,
    proposed                   numeric(14, 2) constraint programme_budget_proposed_ck check (proposed >= 0),
    recommended                numeric(14, 2) constraint programme_budget_recommended_ck check (recommended >= 0),
    approved                   numeric(14, 2) constraint programme_budget_approved_ck check (approved >= 0),
    approved_excluding_premises numeric(14, 2) constraint programme_budget_excl_premises_ck check (approved_excluding_premises >= 0),
    premises_component         numeric(14, 2) constraint programme_budget_premises_ck check (premises_component >= 0),
    stated_change_amount       numeric(14, 2),
    stated_change_percent      numeric(7, 2),
    contingency_fund_level     numeric(14, 2) constraint programme_budget_contingency_ck check (contingency_fund_level >= 0),
    working_capital_fund       numeric(14, 2) constraint programme_budget_wcf_ck check (working_capital_fund >= 0),
    staffing                   integer constraint programme_budget_staffing_ck check (staffing >= 0),
    approximate                boolean not null default false,
    note                       text,
    sources                    text[]  not null default '{}',
    version                    integer not null default 0,
    created_at                 timestamptz not null default now(),
    updated_at                 timestamptz not null default now(),
    search_vector              tsvector generated always as (
        to_tsvector('portal_english', 'budget ' || year || ' ' || coalesce(note, ''))) stored
);
create index programme_budget_session_ix on programme_budget (session_id);

create table side_event (
    id            bigint generated always as identity constraint side_event_pk primary key,
    session_id    bigint  not null constraint side_event_session_fk references assembly_session,
    slug          text    not null,
    held_on       date,
    title         text    not null,
    summary       text,
    sources       text[]  not null default '{}',
    version       integer not null default 0,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    constraint side_event_session_slug_uk unique (session_id, slug),
    search_vector tsvector generated always as (
        setweight(to_tsvector('portal_english', title), 'A') || setweight(to_tsvector('portal_english', coalesce(summary, '')), 'C')) stored
);

create table side_event_organizer (
    side_event_id   bigint  not null constraint side_event_organizer_event_fk references side_event on delete cascade,
    organization_id bigint  not null constraint side_event_organizer_org_fk references organization,
    position        integer not null,
    constraint side_event_organizer_pk primary key (side_event_id, organization_id)
);
create index side_event_organizer_org_ix on side_event_organizer (organization_id);

create table side_event_cosponsor (
    side_event_id bigint  not null constraint side_event_cosponsor_event_fk references side_event on delete cascade,
    state_id      bigint  not null constraint side_event_cosponsor_state_fk references state,
    position      integer not null,
    constraint side_event_cosponsor_pk primary key (side_event_id, state_id)
);
create index side_event_cosponsor_state_ix on side_event_cosponsor (state_id);

create table statement (
    id                bigint generated always as identity constraint statement_pk primary key,
    session_id        bigint  not null constraint statement_session_fk references assembly_session,
    slug              text    not null,
    segment           text    not null constraint statement_segment_ck check (segment in
                          ('GENERAL_DEBATE', 'PLENARY_COOPERATION', 'PLENARY_REVIEW', 'CLOSING', 'SIDE_EVENT', 'BEFORE_SESSION')),
    delivered_on      date,
    speaker_label     text,
    speaker_state_id  bigint constraint statement_speaker_state_fk references state,
    on_behalf_label   text,
    side_event_id     bigint constraint statement_side_event_fk references side_event,
    situations        text[]  not null default '{}',
    topics            text[]  not null default '{}',
    quote             text,
    summary           text,
    link              text,
    sources           text[]  not null default '{}',
    version           integer not null default 0,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    constraint statement_session_slug_uk unique (session_id, slug),
    constraint statement_content_ck check (quote is not null or summary is not null),
    search_vector     tsvector generated always as (
        setweight(to_tsvector('portal_english', coalesce(speaker_label, '') || ' ' || coalesce(on_behalf_label, '')), 'B')
        || setweight(to_tsvector('portal_english', coalesce(quote, '') || ' ' || coalesce(summary, '') || ' '
            || immutable_array_to_string(situations, ' ') || ' ' || immutable_array_to_string(topics, ' ')), 'C')) stored
);
create index statement_session_ix on statement (session_id, delivered_on);
create index statement_situations_ix on statement using gin (situations);
create index statement_speaker_state_ix on statement (speaker_state_id);

create table statement_speaker (
    statement_id bigint  not null constraint statement_speaker_statement_fk references statement on delete cascade,
    person_id    bigint  not null constraint statement_speaker_person_fk references person,
    role         text,
    position     integer not null,
    constraint statement_speaker_pk primary key (statement_id, person_id)
);
create index statement_speaker_person_ix on statement_speaker (person_id);

create table statement_organization (
    statement_id    bigint  not null constraint statement_organization_statement_fk references statement on delete cascade,
    organization_id bigint  not null constraint statement_organization_org_fk references organization,
    position        integer not null,
    constraint statement_organization_pk primary key (statement_id, organization_id)
);
create index statement_organization_org_ix on statement_organization (organization_id);

create table statement_on_behalf_state (
    statement_id bigint  not null constraint statement_on_behalf_statement_fk references statement on delete cascade,
    state_id     bigint  not null constraint statement_on_behalf_state_fk references state,
    position     integer not null,
    constraint statement_on_behalf_state_pk primary key (statement_id, state_id)
);
create index statement_on_behalf_state_ix on statement_on_behalf_state (state_id);

create table statement_country (
    statement_id bigint not null constraint statement_country_statement_fk references statement on delete cascade,
    state_id     bigint not null constraint statement_country_state_fk references state,
    constraint statement_country_pk primary key (statement_id, state_id)
);
create index statement_country_state_ix on statement_country (state_id);

create table amendment (
    id            bigint generated always as identity constraint amendment_pk primary key,
    session_id    bigint  not null constraint amendment_session_fk references assembly_session,
    slug          text    not null,
    resolution_id bigint constraint amendment_resolution_fk references resolution,
    instrument    text    not null constraint amendment_instrument_ck check (instrument in
                      ('ROME_STATUTE', 'RULES_OF_PROCEDURE_AND_EVIDENCE', 'ELEMENTS_OF_CRIMES')),
    provision     text,
    subject       text    not null,
    adopted_on    date,
    sources       text[]  not null default '{}',
    version       integer not null default 0,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    constraint amendment_session_slug_uk unique (session_id, slug),
    search_vector tsvector generated always as (
        to_tsvector('portal_english', coalesce(provision, '') || ' ' || subject)) stored
);

create table policy (
    id            bigint generated always as identity constraint policy_pk primary key,
    session_id    bigint  not null constraint policy_session_fk references assembly_session,
    slug          text    not null,
    resolution_id bigint constraint policy_resolution_fk references resolution,
    name          text    not null,
    adopted_on    date,
    summary       text,
    sources       text[]  not null default '{}',
    version       integer not null default 0,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    constraint policy_session_slug_uk unique (session_id, slug),
    search_vector tsvector generated always as (
        setweight(to_tsvector('portal_english', name), 'A') || setweight(to_tsvector('portal_english', coalesce(summary, '')), 'C')) stored
);

create table decision (
    id            bigint generated always as identity constraint decision_pk primary key,
    session_id    bigint  not null constraint decision_session_fk references assembly_session,
    slug          text    not null,
    resolution_id bigint constraint decision_resolution_fk references resolution,
    kind          text    not null constraint decision_kind_ck check (kind in
                      ('BODY_COMPOSITION', 'MANDATE', 'WORKING_METHODS', 'JURISDICTION', 'FUTURE_SESSION', 'OTHER')),
    title         text    not null,
    summary       text,
    seats_before  integer constraint decision_seats_before_ck check (seats_before > 0),
    seats_after   integer constraint decision_seats_after_ck check (seats_after > 0),
    effective_on  date,
    sources       text[]  not null default '{}',
    version       integer not null default 0,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    constraint decision_session_slug_uk unique (session_id, slug),
    search_vector tsvector generated always as (
        setweight(to_tsvector('portal_english', title), 'A') || setweight(to_tsvector('portal_english', coalesce(summary, '')), 'C')) stored
);

create table seat_allocation (
    decision_id    bigint  not null constraint seat_allocation_decision_fk references decision on delete cascade,
    regional_group text    not null constraint seat_allocation_group_ck check (regional_group in
                       ('AFRICAN', 'ASIA_PACIFIC', 'EASTERN_EUROPEAN', 'LATIN_AMERICAN_CARIBBEAN', 'WESTERN_EUROPEAN_OTHER')),
    seats          integer not null constraint seat_allocation_seats_ck check (seats >= 0),
    change         integer,
    constraint seat_allocation_pk primary key (decision_id, regional_group)
);

create table accession (
    id            bigint generated always as identity constraint accession_pk primary key,
    session_id    bigint  not null constraint accession_session_fk references assembly_session,
    state_id      bigint  not null constraint accession_state_fk references state,
    note          text,
    sources       text[]  not null default '{}',
    version       integer not null default 0,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    constraint accession_session_state_uk unique (session_id, state_id)
);
create index accession_state_ix on accession (state_id);

-- one row per imported session document: startup skips a document whose content has not changed
create table record_import (
    document     text        not null constraint record_import_pk primary key,
    content_hash text        not null,
    imported_at  timestamptz not null default now()
);

create index state_search_ix on state using gin (search_vector);
create index person_search_ix on person using gin (search_vector);
create index organization_search_ix on organization using gin (search_vector);
create index assembly_session_search_ix on assembly_session using gin (search_vector);
create index election_search_ix on election using gin (search_vector);
create index programme_budget_search_ix on programme_budget using gin (search_vector);
create index side_event_search_ix on side_event using gin (search_vector);
create index statement_search_ix on statement using gin (search_vector);
create index amendment_search_ix on amendment using gin (search_vector);
create index policy_search_ix on policy using gin (search_vector);
create index decision_search_ix on decision using gin (search_vector);
