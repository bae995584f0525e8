package org.asprecords.alert;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * A visitor's alerts: the form that follows something (opened from the "Follow by email"
 * link of a public page, which stays cacheable and cookie-free), confirming,
 * unsubscribing in one click (RFC 8058) and managing every alert of an address from a
 * mail's link. These pages are the visitor's own: never kept ({@code private, no-store}),
 * and in the language of their address like every public page.
 */
@Controller
@RequestMapping("/alerts")
class AlertController {

	private final Followables followables;

	private final Subscriptions subscriptions;

	private final AlertProperties properties;

	AlertController(Followables followables, Subscriptions subscriptions, AlertProperties properties) {
		this.followables = followables;
		this.subscriptions = subscriptions;
		this.properties = properties;
	}

	@ModelAttribute
	void neverKept(HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
	}

	@ModelAttribute("frequencies")
	Frequency[] frequencies() {
		return Frequency.values();
	}

	@ModelAttribute("languages")
	List<String> languages() {
		return List.of("en", "fr");
	}

	@GetMapping("/new")
	String form(@ModelAttribute("form") FollowForm form, Locale locale, Model model) {
		if (form.getLanguage() == null) {
			form.setLanguage(locale.getLanguage());
		}
		describe(this.followables.read(form), model);
		return "alerts/new";
	}

	@PostMapping
	String follow(@Valid @ModelAttribute("form") FollowForm form, BindingResult result, HttpServletRequest request,
			Model model) {
		Followed followed = this.followables.read(form);
		if (result.hasErrors()) {
			describe(followed, model);
			return "alerts/new";
		}
		this.subscriptions.follow(followed, form.getEmail(), form.getFrequency(),
				Locale.forLanguageTag(form.getLanguage()), request.getRemoteAddr());
		return "redirect:/alerts/sent";
	}

	private void describe(Followed followed, Model model) {
		model.addAttribute("name",
				this.followables.name(followed.target(), followed.text(), followed.kind(), followed.id()));
		model.addAttribute("page", this.followables.path(followed.target(), followed.text(), followed.kind(),
				followed.filters(), followed.id()));
	}

	@GetMapping("/sent")
	String sent() {
		return "alerts/sent";
	}

	/** A page with a button: a mail scanner that opens the link confirms nothing. */
	@GetMapping("/confirm/{token}")
	String confirmation(@PathVariable String token, Model model, HttpServletResponse response) {
		if (!this.subscriptions.confirmable(token, this.properties.confirmationValidity())) {
			return invalid(response);
		}
		model.addAttribute("alert", this.subscriptions.ofMail(token).orElseThrow());
		model.addAttribute("token", token);
		return "alerts/confirm";
	}

	@PostMapping("/confirm/{token}")
	String confirm(@PathVariable String token, HttpServletResponse response) {
		Subscriptions.Confirmation done = this.subscriptions.confirm(token, this.properties.confirmationValidity());
		if (done != Subscriptions.Confirmation.CONFIRMED) {
			return invalid(response);
		}
		return "redirect:/alerts/manage/" + token + "?confirmed";
	}

	/** A page with a button: a mail scanner that opens the link unsubscribes nothing. */
	@GetMapping("/unsubscribe/{token}")
	String unsubscribing(@PathVariable String token, Model model) {
		Optional<Subscriptions.Alert> alert = this.subscriptions.ofMail(token);
		if (alert.isEmpty()) {
			return "alerts/unsubscribed";
		}
		model.addAttribute("alert", alert.get());
		model.addAttribute("token", token);
		return "alerts/unsubscribe";
	}

	/**
	 * Unsubscribes: from the page's button, or in one click from a mail client (RFC 8058,
	 * which posts {@code List-Unsubscribe=One-Click} without a CSRF token: this path
	 * alone takes none, the token in its address being the proof). Answered 200, not
	 * redirected.
	 */
	@PostMapping("/unsubscribe/{token}")
	String unsubscribe(@PathVariable String token) {
		this.subscriptions.unsubscribe(token);
		return "alerts/unsubscribed";
	}

	@GetMapping("/manage/{token}")
	String manage(@PathVariable String token, Model model, HttpServletResponse response) {
		Optional<List<Subscriptions.Alert>> alerts = this.subscriptions.ofAddress(token);
		if (alerts.isEmpty()) {
			return invalid(response);
		}
		if (alerts.get().isEmpty()) {
			return "alerts/unsubscribed";
		}
		model.addAttribute("alerts", alerts.get());
		model.addAttribute("token", token);
		return "alerts/manage";
	}

	@PostMapping("/manage/{token}/remove/{id}")
	String remove(@PathVariable String token, @PathVariable long id) {
		this.subscriptions.remove(token, id);
		return "redirect:/alerts/manage/" + token + "?removed";
	}

	private static String invalid(HttpServletResponse response) {
		response.setStatus(HttpStatus.NOT_FOUND.value());
		return "alerts/invalid";
	}

}
