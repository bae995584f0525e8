package org.asprecords.statement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.asprecords.web.Pagination;
import org.asprecords.web.RecordPaths;
import org.asprecords.web.api.ApiPage;
import org.asprecords.web.api.Links;
import org.asprecords.web.api.NamedJson;

import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Statements in the JSON API: the list, with the four filters of its page, and each
 * statement with who spoke, for whom, and what was said.
 */
@RestController
@RequestMapping("/api/v1/statements")
class StatementApiController {

	private final StatementCatalog catalog;

	StatementApiController(StatementCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping
	ApiPage<StatementJson> list(@RequestParam(required = false) String session,
			@RequestParam(required = false) String organization, @RequestParam(required = false) String situation,
			@RequestParam(required = false) Segment segment, @RequestParam(defaultValue = "1") int page) {
		StatementFilter filter = StatementFilter.of(session, organization, situation, segment);
		return ApiPage.of(this.catalog.find(filter, Pagination.request(page, Sort.unsorted())), StatementJson::of);
	}

	@GetMapping("/{session}/{slug}")
	StatementDetailJson show(@PathVariable String session, @PathVariable String slug) {
		return StatementDetailJson.of(this.catalog.statement(session, slug));
	}

	/**
	 * A statement as lists give it: who spoke, when, in which part of the session.
	 *
	 * @param speakerLabel the speaker as the source names them, where no record does
	 */
	public record StatementJson(String session, String slug, Segment segment, LocalDate deliveredOn,
			List<SpeakerJson> speakers, String speakerLabel, NamedJson speakerState, List<NamedJson> organizations,
			String summary, Instant updatedAt, Links links) {

		static StatementJson of(Statement statement) {
			String session = statement.getSession().getSlug();
			return new StatementJson(session, statement.getSlug(), statement.getSegment(), statement.getDeliveredOn(),
					statement.getSpeakers()
						.stream()
						.map((speaker) -> new SpeakerJson(NamedJson.of(speaker.getPerson(), RecordPaths::person),
								speaker.getRole()))
						.toList(),
					statement.getSpeakerLabel(), NamedJson.of(statement.getSpeakerState(), RecordPaths::state),
					statement.getOrganizations()
						.stream()
						.map((organization) -> NamedJson.of(organization, RecordPaths::organization))
						.toList(),
					statement.getSummary(), statement.getUpdatedAt(),
					Links.of(RecordPaths.statement(session, statement.getSlug())));
		}

	}

	public record SpeakerJson(NamedJson person, String role) {

	}

	/**
	 * A statement with everything its page shows.
	 */
	public record StatementDetailJson(StatementJson statement, String onBehalfLabel, List<NamedJson> onBehalfStates,
			List<NamedJson> countries, List<String> situations, List<String> topics, String quote, String link,
			List<String> sources) {

		static StatementDetailJson of(Statement statement) {
			return new StatementDetailJson(StatementJson.of(statement), statement.getOnBehalfLabel(),
					statement.getOnBehalfStates()
						.stream()
						.map((state) -> NamedJson.of(state, RecordPaths::state))
						.toList(),
					statement.getCountries()
						.stream()
						.sorted(Comparator.comparing((state) -> state.getName()))
						.map((state) -> NamedJson.of(state, RecordPaths::state))
						.toList(),
					List.copyOf(statement.getSituations()), List.copyOf(statement.getTopics()), statement.getQuote(),
					statement.getLink(), List.copyOf(statement.getSources()));
		}

	}

}
