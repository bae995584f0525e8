-- Who signs in to the admin area, the failed sign-ins that throttle guessing, and the admins' HTTP sessions.

-- Usernames are stored lower-case, so that "Admin" and "admin" are one account.
-- password_hash carries its algorithm id ({argon2@SpringSecurity_v5_8}...), as DelegatingPasswordEncoder writes it.
create table account (
    id              bigint generated always as identity constraint account_pk primary key,
    username        text    not null constraint account_username_uk unique
                            constraint account_username_ck check (username ~ '^[a-z0-9._-]{3,64}$'),
    password_hash   text    not null,
    role            text    not null constraint account_role_ck check (role in ('EDITOR', 'ADMIN')),
    enabled         boolean not null default true,
    version         integer not null default 0,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    last_sign_in_at timestamptz
);

-- One row per failed sign-in, kept for the throttling window only. The username is as typed (lower-cased),
-- whether or not such an account exists, so that throttling says nothing about which accounts exist.
create table sign_in_failure (
    id             bigint generated always as identity constraint sign_in_failure_pk primary key,
    username       text        not null,
    client_address text        not null,
    attempted_at   timestamptz not null default now()
);
create index sign_in_failure_username_ix on sign_in_failure (username, attempted_at);
create index sign_in_failure_client_address_ix on sign_in_failure (client_address, attempted_at);
create index sign_in_failure_attempted_at_ix on sign_in_failure (attempted_at);

-- Spring Session JDBC's tables, exactly as spring-session-jdbc 4.1.1 defines them for PostgreSQL
-- (org/springframework/session/jdbc/schema-postgresql.sql in its jar). Flyway owns them:
-- spring.session.jdbc.initialize-schema=never. Check this DDL against that file when Spring Session is upgraded.
CREATE TABLE SPRING_SESSION (
	PRIMARY_ID CHAR(36) NOT NULL,
	SESSION_ID CHAR(36) NOT NULL,
	CREATION_TIME BIGINT NOT NULL,
	LAST_ACCESS_TIME BIGINT NOT NULL,
	MAX_INACTIVE_INTERVAL INT NOT NULL,
	EXPIRY_TIME BIGINT NOT NULL,
	PRINCIPAL_NAME VARCHAR(100),
	CONSTRAINT SPRING_SESSION_PK PRIMARY KEY (PRIMARY_ID)
);

CREATE UNIQUE INDEX SPRING_SESSION_IX1 ON SPRING_SESSION (SESSION_ID);
CREATE INDEX SPRING_SESSION_IX2 ON SPRING_SESSION (EXPIRY_TIME);
CREATE INDEX SPRING_SESSION_IX3 ON SPRING_SESSION (PRINCIPAL_NAME);

CREATE TABLE SPRING_SESSION_ATTRIBUTES (
	SESSION_PRIMARY_ID CHAR(36) NOT NULL,
	ATTRIBUTE_NAME VARCHAR(200) NOT NULL,
	ATTRIBUTE_BYTES BYTEA NOT NULL,
	CONSTRAINT SPRING_SESSION_ATTRIBUTES_PK PRIMARY KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME),
	CONSTRAINT SPRING_SESSION_ATTRIBUTES_FK FOREIGN KEY (SESSION_PRIMARY_ID) REFERENCES SPRING_SESSION(PRIMARY_ID) ON DELETE CASCADE
);
