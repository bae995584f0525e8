package org.asprecords.web.form;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A record's sources as an editor types them, one a line: a web address, which must be
 * http(s), or a citation in words where a document has no address. A line that starts
 * like an address of another kind ({@code javascript:}, {@code data:}, {@code ftp://}) is
 * refused.
 */
@Documented
@Constraint(validatedBy = SourceListValidator.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface SourceList {

	/**
	 * Whether every line must be a web address (a list of documents), not a citation in
	 * words.
	 */
	boolean urlsOnly() default false;

	String message() default "{form.sources}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
