-- A resumed session is shown only while the session it resumes is (AssemblySession's
-- restriction, org.asprecords.db.Visibility): the records of a session that the home page's
-- figures and the open-data coverage count through public_session follow that rule too.
create or replace function public_session(session_id bigint) returns boolean
    language sql stable parallel safe
    return exists (select 1 from assembly_session s
                   where s.id = session_id and s.published and s.deleted_at is null
                     and (s.parent_id is null
                          or exists (select 1 from assembly_session p
                                     where p.id = s.parent_id and p.published and p.deleted_at is null)));
