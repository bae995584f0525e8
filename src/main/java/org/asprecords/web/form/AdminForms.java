package org.asprecords.web.form;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.asprecords.db.RecordEntity;
import org.asprecords.web.AdminSearch;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The steps of a kind's admin pages, for its controller's handler methods to take: the
 * searchable list, the blank form, the edit form of a saved record, and their saves, each
 * redirecting to the record's edit page with a confirmation, showing the form again with
 * the messages of a refused save, or showing the conflict page over a newer save. The
 * controller maps the addresses and adds the options of the form's select fields
 * ({@code @ModelAttribute}).
 *
 * @param <T> the kind of record
 * @param <F> its form
 */
public final class AdminForms<T extends RecordEntity, F extends RecordForm> {

	private final String kind;

	private final String messages;

	private final FormEditor<T, F> editor;

	private final List<String> compared;

	private Consumer<F> prepare = (form) -> {
	};

	private String template;

	private String labels;

	private String listView;

	private String listed;

	private Function<? super T, ?> row = Function.identity();

	/**
	 * @param kind the path of the kind's admin pages ({@code /admin/side-events}), the
	 * folder of its form ({@code admin/side-events/form}) and the middle of its message
	 * keys ({@code admin.side-events.saved}, and the labels of its fields)
	 * @param compared the fields the conflict page compares, in the order the form shows
	 * them
	 */
	public AdminForms(String kind, FormEditor<T, F> editor, List<String> compared) {
		this(kind, "admin." + kind, editor, compared);
	}

	/**
	 * @param messages the start of the kind's message keys, when it is not
	 * {@code admin.<kind>} ({@code admin.budget} for {@code budgets})
	 */
	public AdminForms(String kind, String messages, FormEditor<T, F> editor, List<String> compared) {
		this.kind = kind;
		this.messages = messages;
		this.editor = editor;
		this.compared = List.copyOf(compared);
		this.template = "admin/" + kind + "/form";
		this.labels = messages + ".";
		this.listView = "admin/" + kind + "/list";
		this.listed = kind;
	}

	/**
	 * Lists the records with a template several kinds share, under {@code attribute},
	 * each as the row {@code row} makes of it.
	 */
	public AdminForms<T, F> listedBy(String view, String attribute, Function<? super T, ?> row) {
		this.listView = view;
		this.listed = attribute;
		this.row = row;
		return this;
	}

	/**
	 * Shows the form with a template several kinds share, whose fields' labels start with
	 * their own keys ({@code admin/directory/form}, {@code admin.named.}).
	 */
	public AdminForms<T, F> shownBy(String template, String labels) {
		this.template = template;
		this.labels = labels;
		return this;
	}

	/**
	 * Has every form shown go through a step first (blank lines added for the editor to
	 * fill, say).
	 */
	public AdminForms<T, F> showing(Consumer<F> prepare) {
		this.prepare = prepare;
		return this;
	}

	/**
	 * The list: a page of the records whose text matches {@code q}, under the kind's own
	 * template and its name ({@code admin/budgets/list}, {@code budgets}) unless
	 * {@link #listedBy} says otherwise.
	 */
	public String list(String q, int page, Listing<T> listing, Model model) {
		AdminSearch search = AdminSearch.of(q, page);
		search.show(listing.find(search.text(), search.pattern(), search.pageable()).map(this.row), this.listed, model);
		model.addAttribute("kind", this.kind);
		return this.listView;
	}

	public String newForm(F form, Model model) {
		model.addAttribute("form", form);
		return form(model, null);
	}

	public String create(F form, BindingResult result, Model model, RedirectAttributes redirect) {
		return FormSubmission.submit(result, redirect, this.messages + ".created",
				() -> editPath(this.editor.create(form).getId()), () -> form(model, null), () -> form(model, null));
	}

	public String editForm(long id, Model model) {
		this.editor.page(id).addTo(model);
		return form(model, id);
	}

	public String update(long id, F form, BindingResult result, Model model, RedirectAttributes redirect) {
		String edit = editPath(id);
		return FormSubmission.submit(result, redirect, this.messages + ".saved", () -> {
			this.editor.update(id, form);
			return edit;
		}, () -> form(model, id), () -> {
			form(model, id);
			return FormSubmission.conflict(model, this.editor.form(id), form, this.compared, this.labels, edit);
		});
	}

	public String editPath(long id) {
		return "/admin/" + this.kind + "/" + id + "/edit";
	}

	@SuppressWarnings("unchecked")
	private String form(Model model, Long id) {
		FormOptions.readAll(model);
		this.prepare.accept((F) model.getAttribute("form"));
		model.addAttribute("id", id);
		model.addAttribute("kind", this.kind);
		model.addAttribute("formTemplate", this.template);
		return this.template;
	}

	/**
	 * A kind's admin search, as its repository writes it: the text, lowercase, as given
	 * and as a {@code like} pattern.
	 */
	@FunctionalInterface
	public interface Listing<T> {

		Page<T> find(String text, String pattern, Pageable pageable);

	}

}
