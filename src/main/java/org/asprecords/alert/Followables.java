package org.asprecords.alert;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.asprecords.db.NotFoundException;
import org.asprecords.kind.RecordKind;
import org.asprecords.search.RecentRecords;
import org.asprecords.search.SearchFilters;
import org.asprecords.search.SearchKind;
import org.asprecords.search.SearchQueries;
import org.asprecords.search.SearchQuery;
import org.asprecords.web.SearchText;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What may be followed: what a public page shows (a search that searches something, a
 * public session, State, person, organization or record), read from the link of that
 * page, and named in the visitor's language.
 */
@Service
@Transactional(readOnly = true)
class Followables {

	private final SearchQueries searches;

	private final RecentRecords records;

	private final MessageSource messages;

	Followables(SearchQueries searches, RecentRecords records, MessageSource messages) {
		this.searches = searches;
		this.records = records;
		this.messages = messages;
	}

	/**
	 * @throws NotFoundException when the link names nothing the public may follow
	 */
	Followed read(FollowForm form) {
		Target target = form.getFollow();
		if (target == null) {
			throw new NotFoundException("alert");
		}
		switch (target) {
			case SEARCH -> {
				String text = SearchText.clean((form.getQ() != null) ? form.getQ() : "");
				SearchFilters filters = new SearchFilters(form.getSession(), form.getFrom(), form.getTo(), null);
				SearchQuery query = this.searches.read(text, filters);
				if (query.words().isBlank()) {
					throw new NotFoundException("alert");
				}
				return new Followed(target, text, form.getKind(), filters, null, query);
			}
			case KIND -> {
				return new Followed(target, null, required(form.getKind()), null, null, null);
			}
			case SESSION, STATE, PERSON, ORGANIZATION -> {
				SearchKind kind = SearchKind.valueOf(target.name());
				return new Followed(target, null, kind, null, idOf(kind, form.getPath()), null);
			}
			case RECORD -> {
				SearchKind kind = required(form.getKind());
				return new Followed(target, null, kind, null, idOf(kind, form.getPath()), null);
			}
			default -> throw new NotFoundException("alert");
		}
	}

	/** The public record of this kind at this page. */
	private long idOf(SearchKind kind, String path) {
		return this.records.idOf(kind, required(path)).orElseThrow(() -> new NotFoundException("alert"));
	}

	private static <T> T required(T value) {
		if (value == null) {
			throw new NotFoundException("alert");
		}
		return value;
	}

	/**
	 * What is followed, in words of the current language: "Search “cooperation”", "New
	 * resolutions", "Corrections to ICC-ASP/22/Res.4"...
	 */
	String name(Target target, String text, SearchKind kind, Long id) {
		Locale language = LocaleContextHolder.getLocale();
		String subject = switch (target) {
			case SEARCH -> text;
			case KIND -> this.messages.getMessage("alert.kind." + kind, null, language);
			case SESSION, STATE, PERSON, ORGANIZATION,
					RECORD ->
				Optional.ofNullable(this.records.of(kind, List.of(id)).get(id))
					.map(RecentRecords.RecentRecord::title)
					.orElseGet(() -> this.messages.getMessage("alert.gone", null, language));
		};
		return this.messages.getMessage("alert.follows." + target, new Object[] { subject }, language);
	}

	/** The page of what is followed, from the portal's root. */
	String path(Target target, String text, SearchKind kind, SearchFilters filters, Long id) {
		return switch (target) {
			case SEARCH -> filters.address("/search", text, kind);
			case KIND -> RecordKind.valueOf(kind.name()).collection().path();
			case SESSION, STATE, PERSON, ORGANIZATION,
					RECORD ->
				Optional.ofNullable(this.records.of(kind, List.of(id)).get(id))
					.map(RecentRecords.RecentRecord::path)
					.orElse("/");
		};
	}

}
