package org.asprecords.kind;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The kinds of record in the order an editor meets them, for the admin area's navigation
 * and dashboard ({@code @adminMenu} in templates): a session, then what it produces, then
 * the directory. Each kind's label and help are the messages {@code dashboard.<path>} and
 * {@code dashboard.<path>.help}.
 */
@Component("adminMenu")
public class AdminMenu {

	/** How many kinds the top navigation names; the others are under "more". */
	static final int FIRST = 5;

	static final List<RecordKind> ORDER = List.of(RecordKind.SESSION, RecordKind.RESOLUTION, RecordKind.ELECTION,
			RecordKind.BUDGET, RecordKind.STATEMENT, RecordKind.SIDE_EVENT, RecordKind.AMENDMENT, RecordKind.POLICY,
			RecordKind.DECISION, RecordKind.ACCESSION, RecordKind.PRESIDENT, RecordKind.PERSON, RecordKind.STATE,
			RecordKind.ORGANIZATION);

	public List<RecordKind> all() {
		return ORDER;
	}

	public List<RecordKind> first() {
		return ORDER.subList(0, FIRST);
	}

	public List<RecordKind> more() {
		return ORDER.subList(FIRST, ORDER.size());
	}

}
