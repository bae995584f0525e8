package org.asprecords.importer;

import java.util.List;
import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Writes session documents as {@link DocumentReader} reads them: fields in the order of
 * the format, amounts as strings of exact decimals, absent values and empty lists left
 * out, indented for people to read and compare.
 */
@Component
public class DocumentWriter {

	private final JsonMapper mapper = JsonMapper.builder()
		.disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
		.enable(SerializationFeature.INDENT_OUTPUT)
		.changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(JsonInclude.Include.NON_EMPTY))
		.withConfigOverride(BigDecimal.class,
				(override) -> override.setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING)))
		.build();

	public byte[] write(SessionDocument document) {
		return this.mapper.writeValueAsBytes(document);
	}

	/** Several documents as one JSON array, each in the import format. */
	public byte[] writeAll(List<SessionDocument> documents) {
		return this.mapper.writeValueAsBytes(documents);
	}

	/** The entry as the document would write it, to compare with another. */
	JsonNode tree(Object entry) {
		return this.mapper.valueToTree(entry);
	}

	String text(Object value) {
		return this.mapper.writeValueAsString(value);
	}

}
