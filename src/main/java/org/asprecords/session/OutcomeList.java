package org.asprecords.session;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of a session's outcomes listed under the session's address
 * ({@code /sessions/22/side-events}): those without a list of their own across sessions.
 * The name of each is its path, its message key ({@code session.<path>}) and the name of
 * its item's fragment.
 */
public enum OutcomeList {

	SIDE_EVENTS("side-events", "side-event"), AMENDMENTS("amendments", "amendment"), POLICIES("policies", "policy"),
	DECISIONS("decisions", "decision"), ACCESSIONS("accessions", "accession");

	/** The paths, as a request mapping's pattern accepts them. */
	static final String PATHS = "side-events|amendments|policies|decisions|accessions";

	private final String path;

	private final String item;

	OutcomeList(String path, String item) {
		this.path = path;
		this.item = item;
	}

	public String getPath() {
		return this.path;
	}

	/** The fragment of one item in {@code fragments/outcomes}. */
	public String getItem() {
		return this.item;
	}

	static Optional<OutcomeList> ofPath(String path) {
		return Arrays.stream(values()).filter((kind) -> kind.path.equals(path)).findFirst();
	}

}
