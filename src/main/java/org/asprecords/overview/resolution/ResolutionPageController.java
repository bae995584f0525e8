package org.asprecords.overview.resolution;

import org.asprecords.db.NotFoundException;
import org.asprecords.resolution.SymbolQuery;
import org.asprecords.web.RecordPaths;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

/**
 * A resolution's page, at the URL that mirrors its symbol; other spellings of the symbol
 * are redirected there.
 */
@Controller
class ResolutionPageController {

	private final ResolutionPages pages;

	ResolutionPageController(ResolutionPages pages) {
		this.pages = pages;
	}

	/**
	 * @param issued what was issued after the resolution ({@code Corr.1}), when the
	 * visitor asked for it ({@code /resolutions/ICC-ASP/22/Res.4/Corr.1}): the page says
	 * so
	 */
	@GetMapping("/resolutions/{*symbol}")
	Object show(@PathVariable String symbol, @RequestParam(required = false) String issued, Model model) {
		String typed = symbol.startsWith("/") ? symbol.substring(1) : symbol;
		SymbolQuery parsed = SymbolQuery.parse(typed);
		if (parsed instanceof SymbolQuery.Issued document) {
			RedirectView redirect = new RedirectView(document.path(), true);
			redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
			return redirect;
		}
		if (!(parsed instanceof SymbolQuery.Exact exact)) {
			throw new NotFoundException("resolution");
		}
		String canonical = exact.symbol().canonical();
		if (!canonical.equals(typed)) {
			RedirectView redirect = new RedirectView(RecordPaths.resolution(canonical), true);
			redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
			return redirect;
		}
		model.addAttribute("page", this.pages.page(exact.symbol()));
		if (issued != null && SymbolQuery.parse(canonical + "/" + issued) instanceof SymbolQuery.Issued document
				&& document.symbol().equals(exact.symbol())) {
			model.addAttribute("issued", document);
		}
		return "resolutions/show";
	}

}
