package org.asprecords.web;

/**
 * A helper that templates reach as an expression object, {@code #name} (see
 * {@link TemplateObjects}), rather than as a bean, {@code @name}: SpEL compiles an
 * expression to bytecode only when none of its parts is a bean reference, and a link's
 * address may not refer to a bean at all.
 */
public interface TemplateObject {

	/** The name templates know it by, without the {@code #}. */
	String templateName();

}
