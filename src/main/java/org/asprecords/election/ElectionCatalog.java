package org.asprecords.election;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.asprecords.session.AssemblySession;
import org.asprecords.web.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads elections for the public pages: a page of the list in at most four queries, one
 * election's page in three (the election with its candidates, its rounds, their votes).
 */
@Service
@Transactional(readOnly = true)
class ElectionCatalog {

	private final ElectionRepository elections;

	ElectionCatalog(ElectionRepository elections) {
		this.elections = elections;
	}

	/**
	 * Elections, newest session first.
	 * @param body only this body's elections, or {@code null} for all
	 * @param sessionSlug only this session's elections, or {@code null} for all
	 * @param pageable the page
	 */
	Page<ElectionListing> newestFirst(ElectionBody body, String sessionSlug, Pageable pageable) {
		Page<Election> page = this.elections.findNewestFirst(body, sessionSlug, pageable);
		Map<Long, Long> elected = page.isEmpty() ? Map.of()
				: this.elections.countElected(page.getContent())
					.stream()
					.collect(Collectors.toMap(ElectedCount::electionId, ElectedCount::elected));
		return page.map((election) -> new ElectionListing(election, elected.get(election.getId())));
	}

	List<AssemblySession> sessionsWithElections() {
		return this.elections.findSessionsWithElections();
	}

	ElectionPage page(String sessionSlug, String slug) {
		Election election = this.elections.findPage(sessionSlug, slug)
			.orElseThrow(() -> new NotFoundException("election"));
		return ElectionPage.of(election);
	}

}
