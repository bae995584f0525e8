package org.asprecords.web.form;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * Text an editor types into a record: no control characters (line breaks only where
 * {@link #multiline()}), and none of the invisible characters that make text read
 * otherwise than it is stored (bidirectional overrides, zero-width characters).
 */
@Documented
@Constraint(validatedBy = PlainTextValidator.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

	boolean multiline() default false;

	String message() default "{form.plain-text}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
