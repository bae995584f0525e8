package org.asprecords.importer;

import java.io.InputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.annotation.JsonFormat;

import org.springframework.stereotype.Component;

/**
 * Reads session documents strictly, then checks them against the rules the admin forms
 * apply ({@link SessionDocument}'s constraints): an unknown field, a value of the wrong
 * type (a number where text is expected, a number of days for a date, a decimal for a
 * whole number) or a value a form would refuse is an error, so that a typo is reported
 * instead of silently dropped or rounded. Each error names the field (see
 * {@link ReadProblems}).
 */
@Component
public class DocumentReader {

	private final JsonMapper mapper = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
		.withCoercionConfig(LogicalType.Textual,
				(config) -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
					.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
					.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
		.withConfigOverride(java.time.LocalDate.class,
				(override) -> override.setFormat(JsonFormat.Value.forLeniency(false)))
		.build();

	private final Validator validator;

	DocumentReader(Validator validator) {
		this.validator = validator;
	}

	/**
	 * @param name the document's file name, for the logs
	 * @throws InvalidDocumentException naming what is wrong and where
	 */
	public SessionDocument read(InputStream json, String name) {
		SessionDocument document;
		try {
			document = this.mapper.readValue(json, SessionDocument.class);
		}
		catch (JacksonException ex) {
			throw new InvalidDocumentException(name, List.of(ReadProblems.of(ex)), ex);
		}
		if (document == null) {
			throw new InvalidDocumentException(name,
					List.of(InvalidDocumentException.Problem.of(null, "not-a-document")), null);
		}
		if (!SessionDocument.FORMAT.equals(document.format())) {
			throw new InvalidDocumentException(name,
					List.of(InvalidDocumentException.Problem.of("format", "format", SessionDocument.FORMAT)), null);
		}
		Set<ConstraintViolation<SessionDocument>> violations = this.validator.validate(document);
		if (!violations.isEmpty()) {
			throw new InvalidDocumentException(name,
					violations.stream()
						.map(ReadProblems::of)
						.distinct()
						.sorted(Comparator.comparing(InvalidDocumentException.Problem::path))
						.toList(),
					null);
		}
		return document;
	}

}
