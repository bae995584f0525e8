package org.asprecords.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * User management, for ADMINs only (the security configuration guards
 * {@code /admin/users/**}): the accounts, a new account, an account's role and whether it
 * may sign in, and a new password.
 */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	private static final String LIST_VIEW = "admin/users/list";

	private static final String NEW_VIEW = "admin/users/new";

	private static final String EDIT_VIEW = "admin/users/edit";

	private static final String PASSWORD_VIEW = "admin/users/password";

	private final Accounts accounts;

	UserAdminController(Accounts accounts) {
		this.accounts = accounts;
	}

	@ModelAttribute("roles")
	Role[] roles() {
		return Role.values();
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("accounts", this.accounts.list());
		return LIST_VIEW;
	}

	@GetMapping("/new")
	String newUser(Model model) {
		model.addAttribute("newUserForm", NewUserForm.empty());
		return NEW_VIEW;
	}

	@PostMapping
	String create(@Valid NewUserForm newUserForm, BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return NEW_VIEW;
		}
		try {
			this.accounts.create(newUserForm);
		}
		catch (InvalidAccountChange ex) {
			reject(result, ex);
			return NEW_VIEW;
		}
		catch (DataIntegrityViolationException ex) {
			// the same username created at the same moment by someone else
			result.rejectValue("username", "account.username.taken");
			return NEW_VIEW;
		}
		redirect.addFlashAttribute("flash", "account.flash.created");
		return "redirect:/admin/users";
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		AccountView account = this.accounts.get(id);
		model.addAttribute("account", account);
		model.addAttribute("userEditForm", UserEditForm.of(account));
		model.addAttribute("formVersion", account.version());
		return EDIT_VIEW;
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid UserEditForm userEditForm, BindingResult result,
			Authentication signedIn, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		AccountView account = this.accounts.get(id);
		model.addAttribute("account", account);
		model.addAttribute("formVersion", userEditForm.version());
		if (result.hasErrors()) {
			return EDIT_VIEW;
		}
		try {
			this.accounts.update(id, userEditForm, signedIn.getName());
		}
		catch (InvalidAccountChange ex) {
			reject(result, ex);
			return EDIT_VIEW;
		}
		catch (StaleAccountException | OptimisticLockingFailureException ex) {
			// Show what the account is now, keep what was typed, and let a second save
			// apply it knowingly.
			AccountView current = this.accounts.get(id);
			model.addAttribute("account", current);
			model.addAttribute("conflict", current);
			model.addAttribute("formVersion", current.version());
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return EDIT_VIEW;
		}
		redirect.addFlashAttribute("flash", "account.flash.updated");
		return "redirect:/admin/users";
	}

	@GetMapping("/{id}/password")
	String password(@PathVariable long id, Model model) {
		model.addAttribute("account", this.accounts.get(id));
		model.addAttribute("passwordResetForm", PasswordResetForm.empty());
		return PASSWORD_VIEW;
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable long id, @Valid PasswordResetForm passwordResetForm, BindingResult result,
			Model model, HttpServletRequest request, RedirectAttributes redirect) {
		model.addAttribute("account", this.accounts.get(id));
		if (result.hasErrors()) {
			return PASSWORD_VIEW;
		}
		try {
			HttpSession current = request.getSession(false);
			this.accounts.resetPassword(id, passwordResetForm.password(), (current != null) ? current.getId() : null);
		}
		catch (InvalidAccountChange ex) {
			reject(result, ex);
			return PASSWORD_VIEW;
		}
		redirect.addFlashAttribute("flash", "account.flash.password-reset");
		return "redirect:/admin/users/{id}";
	}

	private static void reject(BindingResult result, InvalidAccountChange ex) {
		ex.problems().forEach((problem) -> result.rejectValue(problem.field(), problem.messageKey()));
	}

}
