package org.asprecords.citation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A citation as CSL-JSON (the input format of CSL 1.0.2, which Zotero, Mendeley and
 * Pandoc read): an array holding one item, with only the variables the schema defines.
 * The Assembly is a {@code literal} name, which no processor splits into given and family
 * names.
 */
final class CslJsonWriter {

	private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private CslJsonWriter() {
	}

	static String write(Citation citation) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("id", citation.key());
		item.put("citation-key", citation.key());
		item.put("type", citation.kind().cslType());
		item.put("genre", citation.genre());
		put(item, "title", citation.title());
		if (citation.author() != null) {
			item.put("author", List.of(Map.of("literal", citation.author())));
		}
		if (citation.kind() != CitationKind.STATEMENT) {
			item.put("authority", citation.author());
		}
		put(item, "number", citation.number());
		if (citation.issued() != null) {
			item.put("issued", dateParts(citation.issued()));
		}
		put(item, "event-title", citation.session());
		put(item, "event-place", citation.place());
		if (citation.sessionDate() != null) {
			item.put("event-date", dateParts(citation.sessionDate()));
		}
		put(item, "note", citation.note());
		item.put("URL", citation.url());
		return MAPPER.writeValueAsString(List.of(item));
	}

	/**
	 * {@code {"date-parts": [[2023, 12, 4], [2023, 12, 14]]}}: a day, a span or a month.
	 */
	private static Map<String, Object> dateParts(CitedDate date) {
		List<List<Integer>> parts = new ArrayList<>();
		parts.add(date.monthOnly() ? List.of(date.start().getYear(), date.start().getMonthValue()) : day(date.start()));
		if (date.end() != null) {
			parts.add(day(date.end()));
		}
		return Map.of("date-parts", parts);
	}

	private static List<Integer> day(LocalDate day) {
		return List.of(day.getYear(), day.getMonthValue(), day.getDayOfMonth());
	}

	private static void put(Map<String, Object> item, String name, String value) {
		if (value != null) {
			item.put(name, value);
		}
	}

}
