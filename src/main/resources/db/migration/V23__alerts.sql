-- Alerts by email (org.asprecords.alert): who follows what, the matches waiting to be mailed, and the mails.
-- These tables are not records: they announce nothing on record_changes (V6 gave its triggers to the tables that
-- existed then), Envers audits none of them, and no export, history or trash lists them. An address is kept only
-- while it has alerts; everything else cascades from it.

create table alert_address (
    id                   bigint generated always as identity constraint alert_address_pk primary key,
    -- lower-case, without surrounding blanks: one row per mailbox
    email                text        not null constraint alert_address_email_uk unique,
    created_at           timestamptz not null default now(),
    -- the last confirmation mail made for it: a pending address gets at most one a day
    last_confirmation_at timestamptz
);

create table alert_subscription (
    id                bigint generated always as identity constraint alert_subscription_pk primary key,
    address_id        bigint      not null constraint alert_subscription_address_fk
                                  references alert_address on delete cascade,
    target            text        not null constraint alert_subscription_target_ck
                                  check (target in ('SEARCH', 'SESSION', 'KIND', 'STATE', 'PERSON', 'ORGANIZATION',
                                                    'RECORD')),
    -- SEARCH: the query as typed, the words searched, the kind chosen and the scope (search.SearchScope), as the
    -- search read them when the alert was made
    search_text       text,
    search_words      text,
    search_kind       text,
    search_named      bigint[]    not null default '{}',
    search_years      integer[]   not null default '{}',
    search_session    text,
    search_session_id bigint,
    search_from       integer,
    search_to         integer,
    -- SESSION: the session (not a foreign key: a record table's rows stay free of references from here)
    session_id        bigint,
    -- KIND: the kind of record (search.SearchKind); RECORD: the record's kind
    record_kind       text,
    -- STATE, PERSON, ORGANIZATION, RECORD: the record's id
    record_id         bigint,
    frequency         text        not null constraint alert_subscription_frequency_ck
                                  check (frequency in ('IMMEDIATE', 'DAILY', 'WEEKLY')),
    language          text        not null constraint alert_subscription_language_ck check (language in ('en', 'fr')),
    status            text        not null constraint alert_subscription_status_ck check (status in ('PENDING', 'ACTIVE')),
    created_at        timestamptz not null default now(),
    confirmed_at      timestamptz,
    -- when its last mail was made: a digest is due a day or a week later
    last_sent_at      timestamptz,
    constraint alert_subscription_search_ck check ((target = 'SEARCH') = (search_words is not null)),
    constraint alert_subscription_session_ck check ((target = 'SESSION') = (session_id is not null)),
    constraint alert_subscription_record_ck
        check ((target in ('STATE', 'PERSON', 'ORGANIZATION', 'RECORD')) = (record_id is not null))
);
create index alert_subscription_address_ix on alert_subscription (address_id);
create index alert_subscription_search_ix on alert_subscription (target) where target = 'SEARCH' and status = 'ACTIVE';
create index alert_subscription_session_ix on alert_subscription (session_id) where status = 'ACTIVE';
create index alert_subscription_kind_ix on alert_subscription (record_kind) where target = 'KIND' and status = 'ACTIVE';
create index alert_subscription_record_ix on alert_subscription (record_id, target) where status = 'ACTIVE';
create index alert_subscription_pending_ix on alert_subscription (created_at) where status = 'PENDING';

-- The mails: confirmations, alerts and digests, made whole (subject and bodies rendered) before the first attempt,
-- so that every attempt sends the same message with the same Message-ID. The token of a mail's links is stored
-- hashed; the bodies, which hold it, are emptied once the mail is sent.
create table alert_mail (
    id              bigint generated always as identity constraint alert_mail_pk primary key,
    address_id      bigint      not null constraint alert_mail_address_fk references alert_address on delete cascade,
    -- null once its alert is gone: a sent mail's links still open the address's other alerts
    subscription_id bigint      constraint alert_mail_subscription_fk
                                references alert_subscription on delete set null,
    purpose         text        not null constraint alert_mail_purpose_ck check (purpose in ('CONFIRMATION', 'ALERT')),
    message_id      text        not null constraint alert_mail_message_id_uk unique,
    token_hash      text        not null constraint alert_mail_token_uk unique,
    subject         text,
    text_body       text,
    html_body       text,
    -- the one-click unsubscribe address of the List-Unsubscribe header (it holds the token too)
    unsubscribe_url text,
    state           text        not null default 'PENDING' constraint alert_mail_state_ck
                                check (state in ('PENDING', 'SENT')),
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null default now(),
    -- while an instance is sending it: no other instance takes it before then
    leased_until    timestamptz,
    last_error      text,
    created_at      timestamptz not null default now(),
    sent_at         timestamptz,
    -- a confirmation's link works once
    used_at         timestamptz
);
create index alert_mail_due_ix on alert_mail (next_attempt_at) where state = 'PENDING';
create index alert_mail_address_ix on alert_mail (address_id);
create index alert_mail_subscription_ix on alert_mail (subscription_id);

-- A record published or corrected that a subscription follows, once per version of the record, written in the
-- transaction that published it (alert.AlertMatches); mail_id is the mail that carries it.
create table alert_match (
    id              bigint generated always as identity constraint alert_match_pk primary key,
    subscription_id bigint      not null constraint alert_match_subscription_fk
                                references alert_subscription on delete cascade,
    record_table    text        not null,
    record_id       bigint      not null,
    record_version  integer     not null,
    change          text        not null constraint alert_match_change_ck check (change in ('NEW', 'CORRECTED')),
    -- a correction's fields that this version changed (the entity's property names), as Hibernate saw them dirty
    changed         text[]      not null default '{}',
    mail_id         bigint      constraint alert_match_mail_fk references alert_mail on delete set null,
    created_at      timestamptz not null default now(),
    constraint alert_match_once_uk unique (subscription_id, record_table, record_id, record_version)
);
create index alert_match_unmailed_ix on alert_match (subscription_id) where mail_id is null;
create index alert_match_mail_ix on alert_match (mail_id);

-- Requests to follow something, kept an hour for throttling: the address only as a hash, and the client's address.
create table alert_request (
    id             bigint generated always as identity constraint alert_request_pk primary key,
    address_hash   text        not null,
    client_address text        not null,
    requested_at   timestamptz not null default now()
);
create index alert_request_address_ix on alert_request (address_hash, requested_at);
create index alert_request_client_ix on alert_request (client_address, requested_at);
create index alert_request_requested_at_ix on alert_request (requested_at);
