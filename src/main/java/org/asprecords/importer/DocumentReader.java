package org.asprecords.importer;

import java.io.InputStream;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Reads session documents strictly: an unknown field or a malformed value is an error, so
 * that a typo in a document is reported instead of silently dropped.
 */
@Component
public class DocumentReader {

	private final JsonMapper mapper = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	public SessionDocument read(InputStream json, String name) {
		SessionDocument document;
		try {
			document = this.mapper.readValue(json, SessionDocument.class);
		}
		catch (JacksonException ex) {
			throw new InvalidDocumentException(name + ": " + ex.getOriginalMessage(), ex);
		}
		if (document == null || !SessionDocument.FORMAT.equals(document.format())) {
			throw new InvalidDocumentException(name + ": \"format\" must be \"" + SessionDocument.FORMAT + "\"");
		}
		return document;
	}

}
