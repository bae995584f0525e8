package org.asprecords.resolution;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

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
import org.springframework.web.bind.annotation.PathVariable;
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
			@RequestParam(defaultValue = "NEWEST") ResolutionSort sort, @RequestParam(defaultValue = "1") int page) {
		if (topic != null && !topic.isBlank() && Topic.fromKey(topic).isEmpty()) {
			throw new BadRequestException("unknown topic");
		}
		ResolutionFilter filter = new ResolutionFilter(blankToNull(session), blankToNull(topic), null, null);
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

	@GetMapping("/{*symbol}")
	ResponseEntity<ResolutionDetailJson> show(@PathVariable String symbol) {
		String typed = symbol.startsWith("/") ? symbol.substring(1) : symbol;
		if (!(SymbolQuery.parse(typed) instanceof SymbolQuery.Exact exact)) {
			throw new NotFoundException("resolution");
		}
		if (!exact.symbol().canonical().equals(typed)) {
			return redirect(HttpStatus.MOVED_PERMANENTLY, exact.symbol());
		}
		return ResponseEntity.ok(ResolutionDetailJson.of(this.catalog.page(exact.symbol())));
	}

	private static <T> ResponseEntity<T> redirect(HttpStatus status, ResolutionSymbol symbol) {
		String location = Links.absolute(PATH + symbol.canonical());
		return ResponseEntity.status(status).header(HttpHeaders.LOCATION, location).build();
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/**
	 * A resolution as lists give it.
	 */
	record ResolutionJson(String symbol, String session, int number, String title, LocalDate adoptedOn,
			AdoptionMethod adoptionMethod, List<String> topics, Instant updatedAt, Links links) {

		static ResolutionJson of(Resolution resolution) {
			return new ResolutionJson(resolution.getSymbol(), resolution.getSession().getSlug(), resolution.getNumber(),
					resolution.getTitle(), resolution.getAdoptedOn(), resolution.getAdoptionMethod(),
					List.copyOf(resolution.getTopics()), resolution.getUpdatedAt(),
					Links.of("/resolutions/" + resolution.getSymbol()));
		}

	}

	/**
	 * A resolution with everything its page shows.
	 *
	 * @param votes the vote, when the resolution was adopted by one
	 */
	record ResolutionDetailJson(ResolutionJson resolution, String adoptionNote, Integer plenaryMeeting, Votes votes,
			String summary, List<String> documents, List<Reference> refersTo, List<Reference> referredBy,
			List<String> sources) {

		static ResolutionDetailJson of(ResolutionPage page) {
			Resolution resolution = page.resolution();
			Votes votes = (resolution.getAdoptionMethod() == AdoptionMethod.VOTE)
					? new Votes(resolution.getVotesFor(), resolution.getVotesAgainst(), resolution.getVotesAbstaining())
					: null;
			return new ResolutionDetailJson(ResolutionJson.of(resolution), resolution.getAdoptionNote(),
					resolution.getPlenaryMeeting(), votes, resolution.getSummary(),
					List.copyOf(resolution.getDocuments()),
					resolution.getRefersTo()
						.stream()
						.sorted(Comparator.comparing(Resolution::getSymbol))
						.map(Reference::of)
						.toList(),
					page.referredBy().stream().map(Reference::of).toList(), List.copyOf(resolution.getSources()));
		}

	}

	record Votes(Integer inFavour, Integer against, Integer abstaining) {

	}

	/**
	 * Another resolution a resolution refers to, or is referred to by.
	 */
	record Reference(String symbol, String title, Links links) {

		static Reference of(Resolution resolution) {
			return new Reference(resolution.getSymbol(), resolution.getTitle(),
					Links.of("/resolutions/" + resolution.getSymbol()));
		}

	}

}
