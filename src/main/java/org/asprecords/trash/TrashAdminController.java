package org.asprecords.trash;

import org.asprecords.db.NotFoundException;
import org.asprecords.kind.RecordKind;
import org.asprecords.web.form.StaleEditException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The trash: what is in it, moving a record there from its edit page, bringing it back,
 * and (admins only, see the security configuration) emptying it.
 */
@Controller
@RequestMapping("/admin/trash")
class TrashAdminController {

	private final Trash trash;

	TrashAdminController(Trash trash) {
		this.trash = trash;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("records", this.trash.contents());
		return "admin/trash/list";
	}

	@PostMapping("/{kind}/{id}")
	String move(@PathVariable String kind, @PathVariable long id, @RequestParam int version,
			RedirectAttributes redirect) {
		RecordKind recordKind = kindOf(kind);
		String edit = "redirect:/admin/" + kind + "/" + id + "/edit";
		try {
			this.trash.move(recordKind, id, version);
			redirect.addFlashAttribute("flash", "trash.moved");
			return "redirect:/admin/" + kind;
		}
		catch (TrashRefusedException ex) {
			redirect.addFlashAttribute("refusal", "trash.refused.move");
			redirect.addFlashAttribute("refusalCounts", ex.counts());
			return edit;
		}
		catch (StaleEditException | OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("refusal", "trash.refused.stale");
			return edit;
		}
	}

	@PostMapping("/{kind}/{id}/restore")
	String restore(@PathVariable String kind, @PathVariable long id, RedirectAttributes redirect) {
		try {
			this.trash.restore(kindOf(kind), id);
			redirect.addFlashAttribute("flash", "trash.restored");
			return "redirect:/admin/" + kind + "/" + id + "/edit";
		}
		catch (TrashRefusedException ex) {
			redirect.addFlashAttribute("refusal", "trash.refused.restore");
			redirect.addFlashAttribute("refusalCounts", ex.counts());
			return "redirect:/admin/trash";
		}
	}

	@PostMapping("/empty")
	String empty(RedirectAttributes redirect) {
		this.trash.empty();
		redirect.addFlashAttribute("flash", "trash.emptied");
		return "redirect:/admin/trash";
	}

	private static RecordKind kindOf(String path) {
		return RecordKind.ofPath(path).orElseThrow(() -> new NotFoundException("kind of record"));
	}

}
