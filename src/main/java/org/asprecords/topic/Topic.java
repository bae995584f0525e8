package org.asprecords.topic;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The fixed list of subjects records are filed under. Records store the {@link #key()};
 * pages show the label of the message {@code topic.<key>}.
 */
public enum Topic {

	BUDGET("budget"), COOPERATION("cooperation"), REVIEW("review"), ELECTIONS("elections"), AMENDMENTS("amendments"),
	AGGRESSION("aggression"), OMNIBUS("omnibus"), WORKING_METHODS("working-methods"), STAFF("staff"),
	LEGAL_AID("legal-aid"), CIVIL_SOCIETY("civil-society"), VICTIMS("victims"), UNIVERSALITY("universality"),
	DUE_DILIGENCE("due-diligence"), GOVERNANCE("governance");

	private final String key;

	Topic(String key) {
		this.key = key;
	}

	public String key() {
		return this.key;
	}

	public String messageKey() {
		return "topic." + this.key;
	}

	/**
	 * Topic keys in the order of this list, each once: the order every record keeps its
	 * topics in, whichever way they were entered (a form's checkboxes send them in the
	 * order they are shown, a session file in the order it lists them).
	 */
	public static List<String> inOrder(Collection<String> keys) {
		return keys.stream()
			.distinct()
			.sorted(Comparator.comparingInt((String key) -> fromKey(key).map(Topic::ordinal).orElse(Integer.MAX_VALUE)))
			.toList();
	}

	public static Optional<Topic> fromKey(String key) {
		return Arrays.stream(values()).filter((topic) -> topic.key.equals(key)).findFirst();
	}

}
