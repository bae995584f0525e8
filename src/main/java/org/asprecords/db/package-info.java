/**
 * Database plumbing shared by every feature: the embedded PostgreSQL server, the base of
 * every record, its revisions, and the filter that keeps drafts and trashed records off
 * public pages ({@link org.asprecords.db.Visibility}).
 */
@FilterDef(name = Visibility.FILTER, autoEnabled = true)
package org.asprecords.db;

import org.hibernate.annotations.FilterDef;
