package org.asprecords.overview.resolution;

import org.asprecords.db.NotFoundException;
import org.asprecords.resolution.SymbolQuery;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.view.RedirectView;

/**
 * A resolution's page, at the URL that mirrors its symbol; other spellings of the symbol
 * are redirected there.
 */
@Controller
class ResolutionPageController {

	private static final String PATH = "/resolutions/";

	private final ResolutionPages pages;

	ResolutionPageController(ResolutionPages pages) {
		this.pages = pages;
	}

	@GetMapping("/resolutions/{*symbol}")
	Object show(@PathVariable String symbol, Model model) {
		String typed = symbol.startsWith("/") ? symbol.substring(1) : symbol;
		if (!(SymbolQuery.parse(typed) instanceof SymbolQuery.Exact exact)) {
			throw new NotFoundException("resolution");
		}
		String canonical = exact.symbol().canonical();
		if (!canonical.equals(typed)) {
			RedirectView redirect = new RedirectView(PATH + canonical, true);
			redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
			return redirect;
		}
		model.addAttribute("page", this.pages.page(exact.symbol()));
		return "resolutions/show";
	}

}
