package org.asprecords.web.form;

import java.util.function.Supplier;

import org.thymeleaf.context.LazyContextVariable;

import org.springframework.ui.Model;

/**
 * The options of a form's select or list, read only when a template shows them. A
 * controller's {@code @ModelAttribute} methods run before each of its handlers, the list
 * and the save that redirects included: given this, those pages read no options at all,
 * and a page that shows a form reads them before rendering it ({@link #readAll}).
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

	/**
	 * Reads every option of the model now, before its form is rendered: a database out of
	 * reach then fails the request where the portal answers it (a 503 that gives the
	 * input back), not halfway through writing the page.
	 */
	static void readAll(Model model) {
		model.asMap().values().forEach((value) -> {
			if (value instanceof FormOptions<?> options) {
				options.getValue();
			}
		});
	}

	@Override
	protected T loadValue() {
		return this.read.get();
	}

}
