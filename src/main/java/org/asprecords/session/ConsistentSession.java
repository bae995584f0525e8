package org.asprecords.session;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The rules between a session's fields that people get wrong: the end not before the
 * start, a number for every numbered kind, a parent session and resumption number exactly
 * for resumptions, known topics. Each broken rule is reported on the field to correct.
 */
@Documented
@Constraint(validatedBy = ConsistentSessionValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface ConsistentSession {

	String message() default "{admin.session.inconsistent}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
