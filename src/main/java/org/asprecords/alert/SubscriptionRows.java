package org.asprecords.alert;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.asprecords.search.SearchKind;

/**
 * Reads what a row of {@code alert_subscription} follows, whatever its target: the kind
 * of record it names (a search's kind, the kind followed, a record's kind, or the kind of
 * a session, State, person or organization), and the id of the thing followed.
 */
final class SubscriptionRows {

	private SubscriptionRows() {
	}

	static SearchKind kind(ResultSet row, Target target) throws SQLException {
		String kind = switch (target) {
			case SEARCH -> row.getString("search_kind");
			case KIND, RECORD -> row.getString("record_kind");
			case SESSION, STATE, PERSON, ORGANIZATION -> target.name();
		};
		return (kind != null) ? SearchKind.valueOf(kind) : null;
	}

	static Long followed(ResultSet row, Target target) throws SQLException {
		return (Long) row.getObject((target == Target.SESSION) ? "session_id" : "record_id");
	}

}
