package org.asprecords.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.asprecords.state.RegionalGroup;
import tools.jackson.databind.JsonNode;

/**
 * The fields an editor fills in the admin forms to enter the records of a session file
 * ({@code src/main/resources/records/FORMAT.md}), as name and value in turn, in the names
 * the forms give them.
 */
public final class SessionFileForms {

	/**
	 * What the forms take as several values of one field (checkboxes, multiple selects).
	 */
	public static final Set<String> SEVERAL = Set.of("topics", "organizations", "onBehalfStates", "countries",
			"organizers", "cosponsors");

	/** The file's names of fields whose forms call them otherwise. */
	private static final Map<String, String> FORM_NAMES = Map.of("key", "slug", "list", "listLabel");

	private SessionFileForms() {
	}

	/**
	 * What an editor types in a record's form for an entry of the session file: lists of
	 * lines in text areas, several values of a multiple choice, the lines of candidates,
	 * speakers and seat allocations, and a side event picked by its key.
	 * @param sideEventId the id of a side event of the session, by its key
	 */
	public static List<String> fields(JsonNode entry, UnaryOperator<String> sideEventId) {
		List<String> fields = new ArrayList<>();
		for (Map.Entry<String, JsonNode> field : entry.properties()) {
			String name = FORM_NAMES.getOrDefault(field.getKey(), field.getKey());
			JsonNode value = field.getValue();
			if (value.isNull()) {
				continue;
			}
			switch (name) {
				case "candidates", "speakers" -> {
					for (int i = 0; i < value.size(); i++) {
						String row = name + "[" + i + "].";
						value.get(i).properties().forEach((cell) -> {
							if (!cell.getValue().isNull()) {
								fields.add(row + FORM_NAMES.getOrDefault(cell.getKey(), cell.getKey()));
								fields.add(cell.getValue().asString());
							}
						});
					}
				}
				case "allocations" -> value.forEach((allocation) -> {
					int line = RegionalGroup.valueOf(allocation.get("regionalGroup").asString()).ordinal();
					fields.addAll(List.of("allocations[" + line + "].seats", allocation.get("seats").asString()));
					if (allocation.hasNonNull("change")) {
						fields.addAll(List.of("allocations[" + line + "].change", allocation.get("change").asString()));
					}
				});
				case "sideEvent" -> fields.addAll(List.of(name, sideEventId.apply(value.asString())));
				default -> {
					if (value.isArray() && SEVERAL.contains(name)) {
						value.forEach((item) -> fields.addAll(List.of(name, item.asString())));
					}
					else if (value.isArray()) {
						List<String> lines = new ArrayList<>();
						value.forEach((item) -> lines.add(item.asString()));
						fields.addAll(List.of(name, String.join("\n", lines)));
					}
					else {
						fields.addAll(List.of(name, value.asString()));
					}
				}
			}
		}
		return fields;
	}

}
