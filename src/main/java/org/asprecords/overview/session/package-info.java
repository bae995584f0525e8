/**
 * A session's page and the list of sessions: the session with everything it produced.
 */
package org.asprecords.overview.session;
