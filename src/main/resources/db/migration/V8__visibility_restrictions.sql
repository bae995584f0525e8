-- The public's view of the records is now a fixed restriction on each entity
-- (org.asprecords.db.Visibility) instead of a Hibernate filter: Hibernate does not reuse the
-- translation of a query while any filter is enabled, and translating every query again cost
-- a quarter to a half of the CPU of a rendered page. Admin code that works on every record
-- sets portal.all_records for its transaction (org.asprecords.db.AllRecordsAdvisor).

-- Whether the current transaction works on every record, drafts and trashed ones included.
create function portal_all_records() returns boolean
    language sql stable parallel safe
    return coalesce(current_setting('portal.all_records', true), '') = 'on';

