package org.asprecords.importer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.asprecords.budget.ProgrammeBudget;
import org.asprecords.organization.Organization;
import org.asprecords.person.Person;
import org.asprecords.resolution.Resolution;
import org.asprecords.session.AssemblySession;
import org.asprecords.state.State;

/**
 * Every key of a record that documents name, as an entry or as a reference, so that an
 * import reads all those records in a few queries ({@link ImportRun#preload}). A key left
 * out here is still found, by a query of its own.
 */
final class DocumentKeys {

	private DocumentKeys() {
	}

	static void preload(ImportRun run, List<SessionDocument> documents) {
		run.preload(State.class, "slug", keys(documents, DocumentKeys::states));
		run.preload(Person.class, "slug", keys(documents, DocumentKeys::people));
		run.preload(Organization.class, "slug", keys(documents, DocumentKeys::organizations));
		run.preload(AssemblySession.class, "slug", keys(documents, DocumentKeys::sessions));
		run.preload(Resolution.class, "symbol", keys(documents, DocumentKeys::resolutions));
		run.preload(ProgrammeBudget.class, "year",
				keys(documents, (document) -> document.budgets().stream().map(SessionDocument.BudgetEntry::year)));
	}

	private static <T> Collection<T> keys(List<SessionDocument> documents, Function<SessionDocument, Stream<T>> keys) {
		List<T> all = new ArrayList<>();
		documents.forEach((document) -> keys.apply(document).forEach(all::add));
		return all;
	}

	private static Stream<String> states(SessionDocument document) {
		return Stream
			.of(document.states().stream().map(SessionDocument.StateEntry::slug),
					document.people().stream().map(SessionDocument.PersonEntry::nationality),
					document.organizations().stream().map(SessionDocument.OrganizationEntry::country),
					candidates(document).flatMap((candidate) -> Stream.of(candidate.state(), candidate.nationality())),
					document.statements()
						.stream()
						.flatMap((statement) -> Stream.of(Stream.of(statement.speakerState()),
								orEmpty(statement.onBehalfStates()), orEmpty(statement.countries())))
						.flatMap(Function.identity()),
					document.sideEvents().stream().flatMap((event) -> orEmpty(event.cosponsors())),
					document.accessions().stream().map(SessionDocument.AccessionEntry::state))
			.flatMap(Function.identity());
	}

	private static Stream<String> people(SessionDocument document) {
		return Stream
			.of(document.people().stream().map(SessionDocument.PersonEntry::slug),
					document.presidents().stream().map(SessionDocument.PresidentEntry::person),
					candidates(document).map(SessionDocument.CandidateEntry::person),
					document.statements()
						.stream()
						.flatMap((statement) -> ImportRun.orEmpty(statement.speakers()).stream())
						.map(SessionDocument.SpeakerEntry::person))
			.flatMap(Function.identity());
	}

	private static Stream<String> organizations(SessionDocument document) {
		return Stream
			.of(document.organizations()
				.stream()
				.flatMap((organization) -> Stream.of(organization.slug(), organization.parent())),
					document.statements().stream().flatMap((statement) -> orEmpty(statement.organizations())),
					document.sideEvents().stream().flatMap((event) -> orEmpty(event.organizers())))
			.flatMap(Function.identity());
	}

	private static Stream<String> sessions(SessionDocument document) {
		return Stream.concat(
				Stream.ofNullable(document.session()).flatMap((session) -> Stream.of(session.slug(), session.parent())),
				document.presidents()
					.stream()
					.flatMap((president) -> Stream.of(president.fromSession(), president.toSession())));
	}

	private static Stream<String> resolutions(SessionDocument document) {
		return Stream.of(
				document.resolutions()
					.stream()
					.flatMap((resolution) -> Stream.concat(Stream.of(resolution.symbol()),
							orEmpty(resolution.refersTo()))),
				document.budgets().stream().map(SessionDocument.BudgetEntry::resolution),
				document.amendments().stream().map(SessionDocument.AmendmentEntry::resolution),
				document.policies().stream().map(SessionDocument.PolicyEntry::resolution),
				document.decisions().stream().map(SessionDocument.DecisionEntry::resolution))
			.flatMap(Function.identity());
	}

	private static Stream<SessionDocument.CandidateEntry> candidates(SessionDocument document) {
		return document.elections().stream().flatMap((election) -> ImportRun.orEmpty(election.candidates()).stream());
	}

	private static Stream<String> orEmpty(List<String> list) {
		return ImportRun.orEmpty(list).stream();
	}

}
