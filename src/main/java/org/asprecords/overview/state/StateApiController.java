package org.asprecords.overview.state;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.asprecords.overview.Profile;
import org.asprecords.overview.ProfileLists;
import org.asprecords.state.JoinedBy;
import org.asprecords.state.RegionalGroup;
import org.asprecords.state.State;
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
 * States in the JSON API: alphabetically, and each with its status under the Rome Statute
 * and the statements it delivered or was named in.
 */
@RestController
@RequestMapping("/api/v1/states")
class StateApiController {

	private final StateDirectory directory;

	StateApiController(StateDirectory directory) {
		this.directory = directory;
	}

	@GetMapping
	ApiPage<NamedJson> list(@RequestParam(defaultValue = "1") int page) {
		return ApiPage.of(this.directory.alphabetically(Pagination.request(page, Sort.unsorted())),
				(state) -> NamedJson.of(state, RecordPaths::state));
	}

	@GetMapping("/{slug}")
	StateJson show(@PathVariable String slug) {
		Profile<State, StateList> profile = this.directory.profile(slug);
		State state = profile.record();
		return new StateJson(NamedJson.of(state, RecordPaths::state), state.getCode(),
				List.copyOf(state.getAlternativeNames()), state.getRegionalGroup(), state.getSignedOn(),
				state.getJoinedOn(), state.getJoinedBy(), state.getPartySince(), state.getPartyOrdinal(),
				state.getStatusNote(), refs(profile.<Statement>page(StateList.STATEMENTS_DELIVERED).getContent()),
				refs(profile.<Statement>page(StateList.STATEMENTS_ON_BEHALF).getContent()), profile.counts(),
				List.copyOf(state.getSources()), state.getUpdatedAt());
	}

	private static List<RecordRef> refs(List<Statement> statements) {
		return statements.stream()
			.map((statement) -> RecordRef.inSession(RecordPaths::statement, statement.getSession().getSlug(),
					statement.getSlug()))
			.toList();
	}

	/**
	 * @param partyOrdinal the State's rank among States Parties, by the date it joined
	 * @param statementsDelivered the newest statements it delivered, as many as its page
	 * shows ({@value ProfileLists#SHOWN})
	 * @param statementsOnBehalf the newest statements delivered on its behalf, as many
	 * @param counts how many records each list of its page holds, by the list's path
	 * below the State's page ({@code /states/finland/statements-delivered} lists them
	 * all)
	 */
	public record StateJson(NamedJson state, String code, List<String> alternativeNames, RegionalGroup regionalGroup,
			LocalDate signedOn, LocalDate joinedOn, JoinedBy joinedBy, LocalDate partySince, Integer partyOrdinal,
			String statusNote, List<RecordRef> statementsDelivered, List<RecordRef> statementsOnBehalf,
			Map<String, Long> counts, List<String> sources, Instant updatedAt) {

	}

}
