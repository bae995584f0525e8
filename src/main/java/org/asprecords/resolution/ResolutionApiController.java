package org.asprecords.resolution;

import org.asprecords.db.NotFoundException;
import org.asprecords.topic.Topic;
import org.asprecords.web.BadRequestException;
import org.asprecords.web.SearchText;
import org.asprecords.web.api.ApiPage;
import org.asprecords.web.api.Links;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Resolutions in the JSON API, found as on their pages: a symbol typed in any form leads
 * to the resolution, part of one lists its matches, words search titles and summaries.
 */
@RestController
@RequestMapping("/api/v1/resolutions")
class ResolutionApiController {

	private static final String PATH = "/api/v1/resolutions/";

	private final ResolutionCatalog catalog;

	ResolutionApiController(ResolutionCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping
	ResponseEntity<ApiPage<ResolutionJson>> list(@RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) String session, @RequestParam(required = false) String topic,
			@RequestParam(required = false) String refersTo, @RequestParam(defaultValue = "NEWEST") ResolutionSort sort,
			@RequestParam(defaultValue = "1") int page) {
		if (topic != null && !topic.isBlank() && Topic.fromKey(topic).isEmpty()) {
			throw new BadRequestException("unknown topic");
		}
		ResolutionFilter filter = new ResolutionFilter(blankToNull(session), blankToNull(topic)).referringTo(refersTo);
		String query = SearchText.clean(q);
		SymbolQuery parsed = SymbolQuery.parse(query);
		if (parsed instanceof SymbolQuery.Exact exact) {
			if (!this.catalog.exists(exact.symbol())) {
				throw new NotFoundException("resolution");
			}
			return redirect(HttpStatus.FOUND, exact.symbol());
		}
		if (parsed instanceof SymbolQuery.Text text && !text.text().isEmpty()) {
			return ResponseEntity
				.ok(ApiPage.of(this.catalog.search(query, filter, page), (hit) -> ResolutionJson.of(hit.resolution())));
		}
		if (parsed instanceof SymbolQuery.Partial partial) {
			filter = filter.withSymbol(partial);
		}
		return ResponseEntity.ok(ApiPage.of(this.catalog.list(filter, sort, page), ResolutionJson::of));
	}

	private static <T> ResponseEntity<T> redirect(HttpStatus status, ResolutionSymbol symbol) {
		String location = Links.absolute(PATH + symbol.canonical());
		return ResponseEntity.status(status).header(HttpHeaders.LOCATION, location).build();
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
