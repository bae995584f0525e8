package org.asprecords.overview.person;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.asprecords.election.Candidacy;
import org.asprecords.overview.Profile;
import org.asprecords.overview.ProfileLists;
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
		Profile<Person, PersonList> profile = this.directory.profile(slug);
		Person person = profile.record();
		return new PersonJson(NamedJson.of(person, RecordPaths::person), person.getHonorific(),
				person.getGrammaticalGender(), List.copyOf(person.getAlternativeNames()),
				NamedJson.of(person.getNationality(), RecordPaths::state), person.getNote(),
				profile.<Candidacy>page(PersonList.CANDIDACIES).stream().map(CandidacyRef::of).toList(),
				profile.<SpokenStatement>page(PersonList.STATEMENTS)
					.stream()
					.map((spoken) -> RecordRef.inSession(RecordPaths::statement,
							spoken.statement().getSession().getSlug(), spoken.statement().getSlug()))
					.toList(),
				profile.counts(), List.copyOf(person.getSources()), person.getUpdatedAt());
	}

	/**
	 * @param candidacies the newest of their candidacies, as many as their page shows
	 * ({@value ProfileLists#SHOWN})
	 * @param statements the newest statements they spoke in, as many
	 * @param counts how many records each list of their page holds, by the list's path
	 * below the person's page ({@code /people/paivi-kaukoranta/statements} lists them
	 * all)
	 */
	public record PersonJson(NamedJson person, String honorific, GrammaticalGender grammaticalGender,
			List<String> alternativeNames, NamedJson nationality, String note, List<CandidacyRef> candidacies,
			List<RecordRef> statements, Map<String, Long> counts, List<String> sources, Instant updatedAt) {

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
