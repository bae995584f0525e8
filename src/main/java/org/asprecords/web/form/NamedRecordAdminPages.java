package org.asprecords.web.form;

import java.util.function.Supplier;

import jakarta.validation.Valid;
import org.asprecords.db.NamedRecord;
import org.asprecords.web.AdminSearch;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin pages every kind of record known by name has (States, people, organizations):
 * the list, searched by name or slug, and the form to record or correct one, shown by
 * {@code admin/directory/form} with the kind's own fields from
 * {@code admin/<kind>/details :: details}. Each kind's controller extends this and maps
 * it under its path.
 *
 * @param <T> the kind of record
 * @param <F> its form
 */
public abstract class NamedRecordAdminPages<T extends NamedRecord, F extends NamedRecordForm> {

	private static final String LIST = "admin/directory/list";

	private static final String FORM = "admin/directory/form";

	private final String kind;

	private final NamedRecordEditor<T, F> editor;

	private final Search<T> search;

	private final Supplier<F> newForm;

	/**
	 * @param kind the kind's path segment and template folder ({@code people}), and the
	 * middle of its message keys ({@code admin.people.new})
	 * @param search finds the records of the list
	 * @param newForm makes the blank form of a new record
	 */
	protected NamedRecordAdminPages(String kind, NamedRecordEditor<T, F> editor, Search<T> search,
			Supplier<F> newForm) {
		this.kind = kind;
		this.editor = editor;
		this.search = search;
		this.newForm = newForm;
	}

	/** Adds the options of the kind's select fields. */
	protected abstract void addOptions(Model model);

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") int page, Model model) {
		AdminSearch search = AdminSearch.of(q, page);
		search.show(this.search.find(search.text(), search.pattern(), search.pageable()), "records", model);
		model.addAttribute("kind", this.kind);
		return LIST;
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("form", this.newForm.get());
		return form(model, null);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") F form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return FormSubmission.submit(result, redirect, "admin." + this.kind + ".created",
				() -> editPath(this.editor.create(form).getId()), () -> form(model, null), () -> form(model, null));
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		this.editor.page(id).addTo(model);
		return form(model, id);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") F form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		String edit = editPath(id);
		return FormSubmission.submit(result, redirect, "admin." + this.kind + ".saved", () -> {
			this.editor.update(id, form);
			return edit;
		}, () -> form(model, id), () -> {
			form(model, id);
			return FormSubmission.conflict(model, this.editor.form(id), form, form.comparedFields(), "admin.named.",
					edit);
		});
	}

	private String editPath(long id) {
		return "/admin/" + this.kind + "/" + id + "/edit";
	}

	private String form(Model model, Long id) {
		model.addAttribute("id", id);
		model.addAttribute("kind", this.kind);
		model.addAttribute("formTemplate", FORM);
		model.addAttribute("details", "admin/" + this.kind + "/details");
		addOptions(model);
		return FORM;
	}

	/**
	 * Finds the records of a kind whose name or slug contains a text.
	 */
	@FunctionalInterface
	public interface Search<T> {

		/**
		 * @param text what was searched, lowercase; empty for every record
		 * @param pattern the text as a {@code like} pattern
		 */
		Page<T> find(String text, String pattern, Pageable pageable);

	}

}
