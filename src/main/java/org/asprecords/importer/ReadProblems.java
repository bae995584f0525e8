package org.asprecords.importer;

import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * What a reading error means to an editor: the field's JSON path and what the format
 * expects there, with none of the JSON library's own words (its messages name Java types
 * and tokens).
 */
final class ReadProblems {

	private ReadProblems() {
	}

	static InvalidDocumentException.Problem of(JacksonException ex) {
		String path = path(ex);
		if (ex instanceof UnrecognizedPropertyException unknown) {
			return InvalidDocumentException.Problem.of(path, "unknown-field",
					unknown.getKnownPropertyIds()
						.stream()
						.map(String::valueOf)
						.sorted()
						.collect(Collectors.joining(", ")));
		}
		if (ex instanceof InputCoercionException) {
			return InvalidDocumentException.Problem.of(path, "number-too-large");
		}
		if (ex instanceof StreamConstraintsException) {
			return InvalidDocumentException.Problem.of(path, "beyond-limits");
		}
		if (ex instanceof StreamReadException || path == null) {
			TokenStreamLocation location = ex.getLocation();
			if (location == null || location.getLineNr() < 1) {
				return InvalidDocumentException.Problem.of(null, "not-a-document");
			}
			return InvalidDocumentException.Problem.of(null, "malformed", location.getLineNr(), location.getColumnNr());
		}
		Class<?> type = (ex instanceof MismatchedInputException mismatch) ? mismatch.getTargetType() : null;
		return InvalidDocumentException.Problem.of(path, expected(type));
	}

	/**
	 * A rule of the forms that a value breaks: in the form's own words (the message of
	 * {@code PlainText}, {@code Digits}...), or the import's where the form has none.
	 */
	static InvalidDocumentException.Problem of(ConstraintViolation<?> violation) {
		String path = path(violation.getPropertyPath());
		Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
		Object value = violation.getConstraintDescriptor().getAttributes().get("value");
		if (constraint instanceof NotBlank || constraint instanceof NotNull) {
			return InvalidDocumentException.Problem.of(path, "required");
		}
		if (constraint instanceof Min || constraint instanceof Max) {
			return InvalidDocumentException.Problem.of(path, (constraint instanceof Min) ? "min" : "max", value);
		}
		if (constraint instanceof Pattern) {
			return InvalidDocumentException.Problem.of(path, "key-pattern");
		}
		return new InvalidDocumentException.Problem(path,
				new DefaultMessageSourceResolvable(null, null, violation.getMessage()));
	}

	/** The key of what a field of that type holds. */
	private static String expected(Class<?> type) {
		if (type == null) {
			return "unreadable";
		}
		if (type == String.class) {
			return "text-expected";
		}
		if (type == int.class || type == Integer.class) {
			return "whole-number-expected";
		}
		if (type == BigDecimal.class) {
			return "amount-expected";
		}
		if (type == LocalDate.class) {
			return "date-expected";
		}
		if (type == boolean.class || type == Boolean.class) {
			return "boolean-expected";
		}
		if (Collection.class.isAssignableFrom(type)) {
			return "list-expected";
		}
		if (Map.class.isAssignableFrom(type) || type.isRecord()) {
			return "object-expected";
		}
		return "unreadable";
	}

	/** The JSON path of the value Jackson was reading, or null at the top. */
	private static String path(JacksonException ex) {
		String path = null;
		for (JacksonException.Reference reference : ex.getPath()) {
			path = (reference.getPropertyName() != null) ? DocumentPath.field(path, reference.getPropertyName())
					: DocumentPath.entry(path, reference.getIndex());
		}
		return path;
	}

	/** The JSON path of a value a constraint refused. */
	static String path(Path propertyPath) {
		String path = null;
		for (Path.Node node : propertyPath) {
			if (node.getIndex() != null) {
				path = DocumentPath.entry(path, node.getIndex());
			}
			else if (node.getKey() != null) {
				path = DocumentPath.field(path, String.valueOf(node.getKey()));
			}
			if (node.getKind() == ElementKind.PROPERTY) {
				path = DocumentPath.field(path, node.getName());
			}
		}
		return path;
	}

}
