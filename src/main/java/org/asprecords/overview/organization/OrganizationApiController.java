package org.asprecords.overview.organization;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.asprecords.overview.Profile;
import org.asprecords.overview.ProfileLists;
import org.asprecords.organization.Organization;
import org.asprecords.organization.OrganizationKind;
import org.asprecords.statement.Statement;
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
 * Organizations in the JSON API: alphabetically, and each with its members and the
 * statements made in its name.
 */
@RestController
@RequestMapping("/api/v1/organizations")
class OrganizationApiController {

	private final OrganizationDirectory directory;

	OrganizationApiController(OrganizationDirectory directory) {
		this.directory = directory;
	}

	@GetMapping
	ApiPage<NamedJson> list(@RequestParam(defaultValue = "1") int page) {
		return ApiPage.of(this.directory.alphabetically(Pagination.request(page, Sort.unsorted())),
				(organization) -> NamedJson.of(organization, RecordPaths::organization));
	}

	@GetMapping("/{slug}")
	OrganizationJson show(@PathVariable String slug) {
		Profile<Organization, OrganizationList> profile = this.directory.profile(slug);
		Organization organization = profile.record();
		return new OrganizationJson(NamedJson.of(organization, RecordPaths::organization), organization.getAcronym(),
				organization.getKind(), NamedJson.of(organization.getParent(), RecordPaths::organization),
				NamedJson.of(organization.getCountry(), RecordPaths::state),
				List.copyOf(organization.getAlternativeNames()), organization.getNote(),
				profile.<Organization>page(OrganizationList.MEMBERS)
					.stream()
					.map((child) -> NamedJson.of(child, RecordPaths::organization))
					.toList(),
				profile.<Statement>page(OrganizationList.STATEMENTS)
					.stream()
					.map((statement) -> RecordRef.inSession(RecordPaths::statement, statement.getSession().getSlug(),
							statement.getSlug()))
					.toList(),
				profile.counts(), List.copyOf(organization.getSources()), organization.getUpdatedAt());
	}

	/**
	 * @param members the first of its parts by name, as many as its page shows
	 * ({@value ProfileLists#SHOWN})
	 * @param statements its newest statements, as many
	 * @param counts how many records each list of its page holds, by the list's path
	 * below the organization's page
	 * ({@code /organizations/coalition-for-the-icc/statements} lists them all)
	 */
	public record OrganizationJson(NamedJson organization, String acronym, OrganizationKind kind, NamedJson parent,
			NamedJson country, List<String> alternativeNames, String note, List<NamedJson> members,
			List<RecordRef> statements, Map<String, Long> counts, List<String> sources, Instant updatedAt) {

	}

}
