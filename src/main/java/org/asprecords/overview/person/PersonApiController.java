package org.asprecords.overview.person;

import java.time.Instant;
import java.util.List;

import org.asprecords.election.Candidacy;
import org.asprecords.person.GrammaticalGender;
import org.asprecords.person.Person;
import org.asprecords.web.Pagination;
import org.asprecords.web.RecordPaths;
import org.asprecords.web.api.ApiPage;
import org.asprecords.web.api.NamedJson;
import org.asprecords.web.api.RecordRef;

import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * People in the JSON API: alphabetically, and each with the elections they stood in and
 * the statements they made.
 */
@RestController
@RequestMapping("/api/v1/people")
class PersonApiController {

	private final PersonDirectory directory;

	PersonApiController(PersonDirectory directory) {
		this.directory = directory;
	}

	@GetMapping
	ApiPage<NamedJson> list(@RequestParam(defaultValue = "1") int page) {
		return ApiPage.of(this.directory.alphabetically(Pagination.request(page, Sort.unsorted())),
				(person) -> NamedJson.of(person, RecordPaths::person));
	}

	@GetMapping("/{slug}")
	PersonJson show(@PathVariable String slug) {
		PersonProfile profile = this.directory.profile(slug);
		Person person = profile.person();
		return new PersonJson(NamedJson.of(person, RecordPaths::person), person.getHonorific(),
				person.getGrammaticalGender(), List.copyOf(person.getAlternativeNames()),
				NamedJson.of(person.getNationality(), RecordPaths::state), person.getNote(),
				profile.candidacies().stream().map(CandidacyRef::of).toList(),
				profile.statements()
					.stream()
					.map((spoken) -> RecordRef.inSession(RecordPaths::statement,
							spoken.statement().getSession().getSlug(), spoken.statement().getSlug()))
					.toList(),
				List.copyOf(person.getSources()), person.getUpdatedAt());
	}

	public record PersonJson(NamedJson person, String honorific, GrammaticalGender grammaticalGender,
			List<String> alternativeNames, NamedJson nationality, String note, List<CandidacyRef> candidacies,
			List<RecordRef> statements, List<String> sources, Instant updatedAt) {

	}

	/**
	 * An election the person stood in, and how it went for them.
	 */
	public record CandidacyRef(RecordRef election, String outcome) {

		static CandidacyRef of(Candidacy candidacy) {
			return new CandidacyRef(
					RecordRef.inSession(RecordPaths::election, candidacy.getElection().getSession().getSlug(),
							candidacy.getElection().getSlug()),
					(candidacy.getOutcome() != null) ? candidacy.getOutcome().name() : null);
		}

	}

}
