package org.asprecords.feed;

import java.util.EnumSet;
import java.util.List;

import org.asprecords.db.NotFoundException;
import org.asprecords.search.RecentRecords;
import org.asprecords.search.SearchKind;
import org.asprecords.session.AssemblySession;
import org.asprecords.session.Sessions;
import org.asprecords.session.SessionNames;
import org.asprecords.web.BadRequestException;
import org.asprecords.web.RecordPaths;
import org.asprecords.web.SearchText;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Atom feeds: the {@value AtomFeeds#ENTRIES} records most recently published or
 * changed, of every kind ({@code /feeds/all.atom}), of one kind
 * ({@code /feeds/resolutions.atom}), of one session ({@code /feeds/sessions/22.atom}), or
 * matching a search ({@code /feeds/search.atom?q=aggression}), each beside the page it
 * follows.
 */
@RestController
class FeedController {

	private final RecentRecords records;

	private final Sessions sessions;

	private final SessionNames sessionNames;

	private final AtomFeeds feeds;

	FeedController(RecentRecords records, Sessions sessions, SessionNames sessionNames, AtomFeeds feeds) {
		this.records = records;
		this.sessions = sessions;
		this.sessionNames = sessionNames;
		this.feeds = feeds;
	}

	@GetMapping("/feeds/all.atom")
	ResponseEntity<String> all() {
		return this.feeds.answer(FeedLinks.ALL, "/", this.feeds.message("feed.all"),
				this.records.newest(EnumSet.allOf(SearchKind.class), null, null));
	}

	@GetMapping("/feeds/{collection}.atom")
	ResponseEntity<String> kind(@PathVariable String collection) {
		SearchKind kind = SearchKind.ofCollection(collection)
			.orElseThrow(() -> new NotFoundException("feed " + collection));
		// amendments, policies, decisions and side events are listed on their sessions'
		// pages
		String page = FeedLinks.LISTS.contains(kind) ? "/" + collection : RecordPaths.Collection.SESSIONS.path();
		return this.feeds.answer(FeedLinks.kind(kind), page,
				this.feeds.message("feed.kind", this.feeds.message("search.kind." + kind.name())),
				this.records.newest(List.of(kind), null, null));
	}

	@GetMapping("/feeds/sessions/{slug}.atom")
	ResponseEntity<String> session(@PathVariable String slug) {
		AssemblySession session = this.sessions.bySlug(slug)
			.orElseThrow(() -> new NotFoundException("session " + slug));
		return this.feeds.answer(FeedLinks.session(slug), RecordPaths.session(slug),
				this.feeds.message("feed.session", this.sessionNames.nameWithYear(session)),
				this.records.newest(EnumSet.allOf(SearchKind.class), session.getId(), null));
	}

	@GetMapping("/feeds/search.atom")
	ResponseEntity<String> search(@RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) SearchKind kind) {
		String text = SearchText.clean(q);
		if (text.isEmpty()) {
			throw new BadRequestException("a search feed without words");
		}
		String feed = FeedLinks.search(text, kind);
		return this.feeds.answer(feed, feed.replace("/feeds/search.atom", "/search"),
				this.feeds.message("feed.search", text),
				this.records.newest((kind != null) ? List.of(kind) : EnumSet.allOf(SearchKind.class), null, text));
	}

}
