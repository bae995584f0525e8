package org.asprecords.importer;

import java.io.InputStream;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Reads session documents strictly: an unknown field or a malformed value is an error, so
 * that a typo in a document is reported instead of silently dropped. The message says
 * where in the document the error is (the lists' entries counted from 1).
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
			throw new InvalidDocumentException(name + ": " + describe(ex), ex);
		}
		if (document == null || !SessionDocument.FORMAT.equals(document.format())) {
			throw new InvalidDocumentException(name + ": \"format\" must be \"" + SessionDocument.FORMAT + "\"");
		}
		return document;
	}

	private static String describe(JacksonException ex) {
		if (ex instanceof UnrecognizedPropertyException unknown) {
			return "unknown field \"" + unknown.getPropertyName() + "\"" + where(ex);
		}
		if (ex instanceof StreamReadException) {
			TokenStreamLocation location = ex.getLocation();
			String at = (location != null) ? " at line " + location.getLineNr() + ", column " + location.getColumnNr()
					: "";
			return "not well-formed JSON" + at + " (" + ex.getOriginalMessage() + ")";
		}
		return "a value of the wrong kind" + where(ex) + " (" + ex.getOriginalMessage() + ")";
	}

	private static String where(JacksonException ex) {
		if (ex.getPath().isEmpty()) {
			return "";
		}
		return " in " + ex.getPath()
			.stream()
			.map((reference) -> (reference.getPropertyName() != null) ? reference.getPropertyName()
					: "entry " + (reference.getIndex() + 1))
			.collect(Collectors.joining(" › "));
	}

}
