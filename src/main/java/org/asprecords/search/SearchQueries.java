package org.asprecords.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.asprecords.db.NotFoundException;
import org.asprecords.resolution.ResolutionCatalog;
import org.asprecords.resolution.SymbolQuery;
import org.asprecords.session.AssemblySession;
import org.asprecords.session.Sessions;
import org.asprecords.web.BadRequestException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a search like a person: a resolution's symbol ({@code ICC-ASP/22/Res.4/Corr.1})
 * shows its resolution first; the sessions its query names ({@link SessionReferences})
 * that the public can see, and its filters, become its scope; a question's kind
 * ({@link AskedKind}: {@code who spoke palestine}) is shown first. A few short queries at
 * most, whatever the size of the record. A reference to no such session ({@code ASP99},
 * {@code 2099}) stays a word, and finds what words find.
 */
@Service
@Transactional(readOnly = true)
public class SearchQueries {

	/** The most sessions of a year a search names, in the sessions it shows first. */
	static final int SHOWN_A_YEAR = 10;

	private final Sessions sessions;

	private final ResolutionCatalog resolutions;

	SearchQueries(Sessions sessions, ResolutionCatalog resolutions) {
		this.sessions = sessions;
		this.resolutions = resolutions;
	}

	/**
	 * @throws NotFoundException if the filters name a session the public cannot see
	 * @throws BadRequestException if they name years out of order or out of range
	 */
	public SearchQuery read(String text, SearchFilters filters) {
		SymbolQuery symbol = SymbolQuery.parse(text);
		Long session = session(filters);
		years(filters);
		if (symbol instanceof SymbolQuery.Exact exact) {
			// ICC-ASP/22/Res.4 names a resolution, not its session: the resolution is
			// shown
			// first, and its symbol is searched as words
			return new SearchQuery(text, text, List.of(), scope(List.of(), List.of(), session, filters),
					this.resolutions.find(exact.symbol()).orElse(null), null, null);
		}
		if (symbol instanceof SymbolQuery.Issued issued) {
			String canonical = issued.symbol().canonical();
			return new SearchQuery(text, canonical, List.of(), scope(List.of(), List.of(), session, filters),
					this.resolutions.find(issued.symbol()).orElse(null), issued, null);
		}
		SessionReferences.Reading reading = SessionReferences.read(text);
		List<AssemblySession> bySlug = this.sessions.bySlugs(reading.slugs());
		List<AssemblySession> byYear = this.sessions.heldIn(reading.years(), SHOWN_A_YEAR);
		if (bySlug.isEmpty() && byYear.isEmpty()) {
			AskedKind.Reading asked = AskedKind.read(text);
			return new SearchQuery(text, asked.words(), List.of(), scope(List.of(), List.of(), session, filters),
					asked.kind());
		}
		Map<Long, AssemblySession> named = new LinkedHashMap<>();
		bySlug.forEach((found) -> named.put(found.getId(), found));
		byYear.forEach((found) -> named.putIfAbsent(found.getId(), found));
		List<Long> namedIds = bySlug.stream().map(AssemblySession::getId).toList();
		List<Integer> namedYears = byYear.isEmpty() ? List.of() : reading.years();
		AskedKind.Reading asked = AskedKind.read(reading.words());
		return new SearchQuery(text, asked.words(), List.copyOf(named.values()),
				scope(namedIds, namedYears, session, filters), asked.kind());
	}

	private static SearchScope scope(List<Long> named, List<Integer> namedYears, Long session, SearchFilters filters) {
		return new SearchScope(named, namedYears, session, filters.from(), filters.to());
	}

	private Long session(SearchFilters filters) {
		if (filters.session() == null) {
			return null;
		}
		return this.sessions.bySlug(filters.session())
			.map(AssemblySession::getId)
			.orElseThrow(() -> new NotFoundException("session"));
	}

	private static void years(SearchFilters filters) {
		int from = (filters.from() != null) ? filters.from() : SearchFilters.FIRST_YEAR;
		int to = (filters.to() != null) ? filters.to() : SearchFilters.LAST_YEAR;
		if (from < SearchFilters.FIRST_YEAR || to > SearchFilters.LAST_YEAR || from > to) {
			throw new BadRequestException("years out of order or range");
		}
	}

}
