package org.asprecords.overview.session;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of a session's outcomes listed under the session's address
 * ({@code /sessions/22/side-events}): those without a list of their own across sessions.
 * The name of each is its path, its message key ({@code session.<path>}) and the name of
 * its item's fragment.
 */
public enum OutcomeList {

	SIDE_EVENTS("side-events", "side-event", "side_event"), AMENDMENTS("amendments", "amendment", "amendment"),
	POLICIES("policies", "policy", "policy"), DECISIONS("decisions", "decision", "decision"),
	ACCESSIONS("accessions", "accession", "accession");

	/** The paths, as a request mapping's pattern accepts them. */
	static final String PATHS = "side-events|amendments|policies|decisions|accessions";

	private final String path;

	private final String item;

	private final String table;

	OutcomeList(String path, String item, String table) {
		this.path = path;
		this.item = item;
		this.table = table;
	}

	public String getPath() {
		return this.path;
	}

	/** The fragment of one item in {@code fragments/outcomes}. */
	public String getItem() {
		return this.item;
	}

	/** The table of its records, for counting them. */
	String getTable() {
		return this.table;
	}

	static Optional<OutcomeList> ofPath(String path) {
		return Arrays.stream(values()).filter((kind) -> kind.path.equals(path)).findFirst();
	}

}
