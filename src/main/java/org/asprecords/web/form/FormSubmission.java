package org.asprecords.web.form;

import java.util.List;
import java.util.function.Supplier;

import org.asprecords.db.DatabaseUnavailable;
import org.asprecords.db.FieldRejectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The steps every admin form shares. Invalid values and broken business rules show the
 * form again with each message beside its field; a save over a newer save shows the
 * conflict page; a save that succeeds redirects with the key of its confirmation
 * (post/redirect/get).
 */
public final class FormSubmission {

	private static final Logger logger = LoggerFactory.getLogger(FormSubmission.class);

	private FormSubmission() {
	}

	/**
	 * @param save saves the form and returns the path to redirect to
	 * @param form shows the form again and returns its view
	 * @param conflict shows the conflict page and returns its view
	 */
	public static String submit(BindingResult result, RedirectAttributes redirect, String confirmationKey,
			Supplier<String> save, Supplier<String> form, Supplier<String> conflict) {
		if (result.hasErrors()) {
			return form.get();
		}
		try {
			String path = save.get();
			redirect.addFlashAttribute("flash", confirmationKey);
			return "redirect:" + path;
		}
		catch (FieldRejectedException ex) {
			result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), null);
			return form.get();
		}
		catch (StaleEditException | OptimisticLockingFailureException ex) {
			return conflict.get();
		}
		catch (RuntimeException ex) {
			if (!DatabaseUnavailable.causes(ex)) {
				throw ex;
			}
			return unsaved(result, form, ex);
		}
	}

	/**
	 * The database could not take the save (out of reach, a lock held too long): the
	 * transaction rolled back whole, so the form comes back as typed, saying that nothing
	 * was saved, with a 503. Should the form itself need the database to show its
	 * options, the 503 page gives the input back instead ({@code web.ErrorAnswer}).
	 */
	private static String unsaved(BindingResult result, Supplier<String> form, RuntimeException ex) {
		logger.warn("Save refused, database unavailable: {}", DatabaseUnavailable.describe(ex));
		result.reject("admin.form.unsaved");
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
				&& request.getResponse() != null) {
			request.getResponse().setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			request.getResponse()
				.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS));
		}
		return form.get();
	}

	/**
	 * Fills the model of the conflict page: where the record as saved now and the
	 * editor's input differ, and the input itself, at the current version, so that saving
	 * it again is a conscious choice.
	 * @param labels the message key prefix of the fields' labels
	 */
	public static <F extends VersionedForm> String conflict(Model model, F saved, F typed, List<String> fields,
			String labels, String editPath) {
		model.addAttribute("differences", Differences.between(saved, typed, fields));
		typed.setVersion(saved.getVersion());
		model.addAttribute("form", typed);
		model.addAttribute("labels", labels);
		model.addAttribute("editPath", editPath);
		return "admin/conflict";
	}

	/**
	 * Blank text typed into a form means "not recorded".
	 */
	public static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
