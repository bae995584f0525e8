package org.asprecords.resolution;

import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.asprecords.topic.Topic;
import org.asprecords.web.BadRequestException;
import org.asprecords.web.CsvExport;
import org.asprecords.web.Pagination;
import org.asprecords.web.RecordPaths;
import org.asprecords.web.SearchText;
import org.asprecords.web.api.Links;

import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The public pages of resolutions. The list doubles as the lookup by symbol: a complete
 * symbol typed in any form goes straight to its resolution, a partial one lists its
 * matches, other words search titles and summaries.
 */
@Controller
class ResolutionController {

	private final ResolutionCatalog catalog;

	ResolutionController(ResolutionCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/resolutions")
	Object list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String session,
			@RequestParam(required = false) String topic, @RequestParam(required = false) String refersTo,
			@RequestParam(defaultValue = "NEWEST") ResolutionSort sort, @RequestParam(defaultValue = "1") int page,
			Model model, HttpServletResponse response) {
		ResolutionFilter filter = filter(session, topic).referringTo(refersTo);
		String query = SearchText.clean(q);
		model.addAttribute("q", query);
		model.addAttribute("filter", filter);
		model.addAttribute("sort", sort);
		model.addAttribute("sessions", this.catalog.sessionsWithResolutions());
		model.addAttribute("topics", this.catalog.topicsInUse());
		SymbolQuery parsed = SymbolQuery.parse(query);
		if (parsed instanceof SymbolQuery.Issued issued && this.catalog.exists(issued.symbol())) {
			return new RedirectView(issued.path(), true);
		}
		if (parsed instanceof SymbolQuery.Issued issued) {
			parsed = new SymbolQuery.Exact(issued.symbol());
		}
		if (parsed instanceof SymbolQuery.Exact exact) {
			if (this.catalog.exists(exact.symbol())) {
				return new RedirectView(RecordPaths.resolution(exact.symbol().canonical()), true);
			}
			response.setStatus(HttpStatus.NOT_FOUND.value());
			model.addAttribute("missingSymbol", exact.symbol().canonical());
			// What the message offers to browse: the resolutions recorded of the same
			// session
			Page<Resolution> sameSession = this.catalog
				.list(filter.withSymbol(SymbolQuery.Partial.session(exact.symbol().session())), sort, 1);
			model.addAttribute("resolutions", sameSession.getContent());
			model.addAttribute("pages", Pagination.of(sameSession));
			return "resolutions/list";
		}
		if (parsed instanceof SymbolQuery.Text text && !text.text().isEmpty()) {
			Page<ResolutionHit> hits = this.catalog.search(query, filter, page);
			model.addAttribute("hits", hits.getContent());
			model.addAttribute("pages", Pagination.of(hits));
			return "resolutions/list";
		}
		if (parsed instanceof SymbolQuery.Partial partial) {
			filter = filter.withSymbol(partial);
			model.addAttribute("partial", partial);
		}
		Page<Resolution> resolutions = this.catalog.list(filter, sort, page);
		model.addAttribute("resolutions", resolutions.getContent());
		model.addAttribute("pages", Pagination.of(resolutions));
		return "resolutions/list";
	}

	/**
	 * The list as filtered on screen (session, topic, part of a symbol, a resolution they
	 * refer to, order), every page of it, as a CSV file.
	 */
	@GetMapping("/resolutions.csv")
	ResponseEntity<String> csv(@RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) String session, @RequestParam(required = false) String topic,
			@RequestParam(required = false) String refersTo,
			@RequestParam(defaultValue = "NEWEST") ResolutionSort sort) {
		ResolutionFilter filter = filter(session, topic).referringTo(refersTo);
		if (SymbolQuery.parse(SearchText.clean(q)) instanceof SymbolQuery.Partial partial) {
			filter = filter.withSymbol(partial);
		}
		ResolutionFilter listed = filter;
		List<Resolution> resolutions = CsvExport.everything((pageable) -> this.catalog.list(listed, sort, pageable));
		return CsvExport.of("resolutions.csv",
				List.of("symbol", "session", "number", "title", "adopted_on", "adoption_method", "topics", "url"),
				resolutions.stream()
					.map((resolution) -> Arrays.<Object>asList(resolution.getSymbol(),
							resolution.getSession().getSlug(), resolution.getNumber(), resolution.getTitle(),
							resolution.getAdoptedOn(), resolution.getAdoptionMethod(), resolution.getTopics(),
							Links.absolute(RecordPaths.resolution(resolution.getSymbol()))))
					.toList());
	}

	private static ResolutionFilter filter(String session, String topic) {
		if (topic != null && !topic.isEmpty() && Topic.fromKey(topic).isEmpty()) {
			throw new BadRequestException("unknown topic");
		}
		return new ResolutionFilter(blankToNull(session), blankToNull(topic));
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
