package org.asprecords.history;

import org.asprecords.db.NotFoundException;
import org.asprecords.kind.RecordKind;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * A revision of a record compared with the one before it, linked from the history on the
 * record's edit page.
 */
@Controller
@RequestMapping("/admin/history")
class RevisionAdminController {

	private final RevisionView revisions;

	RevisionAdminController(RevisionView revisions) {
		this.revisions = revisions;
	}

	@GetMapping("/{kind}/{id}/{revision}")
	String show(@PathVariable String kind, @PathVariable long id, @PathVariable long revision, Model model) {
		RecordKind recordKind = RecordKind.ofPath(kind).orElseThrow(() -> new NotFoundException("kind of record"));
		model.addAttribute("page", this.revisions.of(recordKind, id, revision));
		return "admin/history/show";
	}

}
