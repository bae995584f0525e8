package org.asprecords.overview.organization;

import java.time.Instant;
import java.util.List;

import org.asprecords.organization.Organization;
import org.asprecords.organization.OrganizationKind;
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
		OrganizationProfile profile = this.directory.profile(slug);
		Organization organization = profile.organization();
		return new OrganizationJson(NamedJson.of(organization, RecordPaths::organization), organization.getAcronym(),
				organization.getKind(), NamedJson.of(organization.getParent(), RecordPaths::organization),
				NamedJson.of(organization.getCountry(), RecordPaths::state),
				List.copyOf(organization.getAlternativeNames()), organization.getNote(),
				profile.children().stream().map((child) -> NamedJson.of(child, RecordPaths::organization)).toList(),
				profile.statements()
					.stream()
					.map((statement) -> RecordRef.inSession(RecordPaths::statement, statement.getSession().getSlug(),
							statement.getSlug()))
					.toList(),
				List.copyOf(organization.getSources()), organization.getUpdatedAt());
	}

	public record OrganizationJson(NamedJson organization, String acronym, OrganizationKind kind, NamedJson parent,
			NamedJson country, List<String> alternativeNames, String note, List<NamedJson> members,
			List<RecordRef> statements, List<String> sources, Instant updatedAt) {

	}

}
