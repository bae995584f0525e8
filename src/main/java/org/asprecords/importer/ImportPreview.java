package org.asprecords.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * What importing a session document would do, kind by kind: the records it would create,
 * those it would change (field by field, before and after), and those already as it says.
 *
 * @param session the slug of the document's session
 * @param kinds the kinds the document has records of, in the order of the format
 * @param fingerprint the document and the records it touches as they were previewed; the
 * import is refused if either has changed since
 */
public record ImportPreview(String session, List<Kind> kinds, String fingerprint) {

	public boolean nothingToChange() {
		return this.kinds.stream().allMatch((kind) -> kind.created().isEmpty() && kind.changed().isEmpty());
	}

	public int createdTotal() {
		return this.kinds.stream().mapToInt((kind) -> kind.created().size()).sum();
	}

	public int changedTotal() {
		return this.kinds.stream().mapToInt((kind) -> kind.changed().size()).sum();
	}

	static ImportPreview of(String session, RecordSnapshot before, RecordSnapshot after, String fingerprint) {
		List<Kind> kinds = new ArrayList<>();
		after.records().forEach((kind, records) -> {
			if (records.isEmpty()) {
				return;
			}
			List<String> created = new ArrayList<>();
			List<Changed> changed = new ArrayList<>();
			List<String> unchanged = new ArrayList<>();
			Map<String, JsonNode> previous = before.records().get(kind);
			records.forEach((key, now) -> {
				JsonNode then = previous.get(key);
				if (then == null) {
					created.add(key);
					return;
				}
				List<Field> fields = differences(then, now);
				if (fields.isEmpty()) {
					unchanged.add(key);
				}
				else {
					changed.add(new Changed(key, fields));
				}
			});
			kinds.add(new Kind(kind, created, changed, unchanged));
		});
		return new ImportPreview(session, kinds, fingerprint);
	}

	/** The fields whose values differ, nested ones named by their path. */
	static List<Field> differences(JsonNode before, JsonNode after) {
		Map<String, String> then = new LinkedHashMap<>();
		Map<String, String> now = new LinkedHashMap<>();
		flatten("", before, then);
		flatten("", after, now);
		Set<String> paths = new LinkedHashSet<>(then.keySet());
		paths.addAll(now.keySet());
		List<Field> fields = new ArrayList<>();
		for (String path : paths) {
			String old = then.get(path);
			String current = now.get(path);
			if (!Objects.equals(old, current)) {
				fields.add(new Field(path, old, current));
			}
		}
		return fields;
	}

	private static void flatten(String path, JsonNode node, Map<String, String> values) {
		if (node.isObject()) {
			node.properties()
				.forEach((property) -> flatten(path.isEmpty() ? property.getKey() : path + "." + property.getKey(),
						property.getValue(), values));
		}
		else if (node.isArray() && node.valueStream().anyMatch(JsonNode::isContainer)) {
			int index = 0;
			for (JsonNode element : node) {
				flatten(path + "[" + (++index) + "]", element, values);
			}
		}
		else if (node.isArray()) {
			values.put(path, String.join(" · ", node.valueStream().map(JsonNode::asString).toList()));
		}
		else {
			values.put(path, node.asString());
		}
	}

	/** One kind of record in the document. */
	public record Kind(String name, List<String> created, List<Changed> changed, List<String> unchanged) {
	}

	/** A record the import would change. */
	public record Changed(String key, List<Field> fields) {
	}

	/** A field the import would change: its value before and after (null: none). */
	public record Field(String name, String before, String after) {
	}

}
