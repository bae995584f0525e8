package org.asprecords.web.form;

import java.util.function.Supplier;

import org.thymeleaf.context.LazyContextVariable;

/**
 * The options of a form's select or list, read only when a template shows them. A
 * controller's {@code @ModelAttribute} methods run before each of its handlers, the list
 * and the save that redirects included: given this, those pages read no options at all.
 *
 * @param <T> the options
 */
public final class FormOptions<T> extends LazyContextVariable<T> {

	private final Supplier<T> read;

	private FormOptions(Supplier<T> read) {
		this.read = read;
	}

	public static <T> FormOptions<T> of(Supplier<T> read) {
		return new FormOptions<>(read);
	}

	@Override
	protected T loadValue() {
		return this.read.get();
	}

}
