package org.asprecords.feed;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Generator;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import org.asprecords.search.RecentRecords;
import org.asprecords.search.RecentRecords.RecentRecord;
import org.asprecords.search.SearchKind;
import org.asprecords.web.api.Links;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Writes a list of records as an Atom 1.0 document (RFC 4287) with ROME. Each entry's id
 * is the permanent address of the record's page, so a reader shows a changed record as
 * the same entry, updated. Titles and labels are in the visitor's language; the records'
 * own text stays as recorded.
 */
@Component
class AtomFeeds {

	/** How many records a feed lists: the newest. */
	static final int ENTRIES = RecentRecords.FEED_SIZE;

	static final MediaType ATOM = new MediaType("application", "atom+xml", StandardCharsets.UTF_8);

	/** How much of a record's text an entry's summary carries. */
	private static final int SUMMARY_LENGTH = 400;

	private final MessageSource messages;

	private final RecentRecords records;

	AtomFeeds(MessageSource messages, RecentRecords records) {
		this.messages = messages;
		this.records = records;
	}

	/**
	 * @param feed the feed's own address, from the portal's root
	 * @param page the address of the page the feed follows
	 * @param title what the feed is called
	 * @param entries the records it lists, newest first
	 */
	ResponseEntity<String> answer(String feed, String page, String title, List<RecentRecord> entries) {
		String root = Links.absolute("");
		Locale locale = LocaleContextHolder.getLocale();
		String language = FeedLinks.language(locale);
		Feed atom = new Feed("atom_1.0");
		// one feed per language: the French one is another document
		atom.setId(root + FeedLinks.withLanguage(feed, language));
		atom.setLanguage(locale.getLanguage());
		atom.setTitle(title);
		atom.setSubtitle(text(message("feed.subtitle", ENTRIES)));
		atom.setOtherLinks(
				List.of(link("self", "application/atom+xml", root + FeedLinks.withLanguage(feed, language))));
		atom.setAlternateLinks(List.of(link("alternate", MediaType.TEXT_HTML_VALUE, root + page)));
		atom.setAuthors(List.of(portal(root)));
		Generator generator = new Generator();
		generator.setValue(message("site.name"));
		generator.setUrl(root + "/");
		atom.setGenerator(generator);
		atom.setIcon(root + "/favicon.svg");
		atom.setUpdated(Date.from(entries.isEmpty() ? lastChange() : entries.get(0).updatedAt()));
		atom.setEntries(entries.stream().map((record) -> entry(root, record)).toList());
		try {
			return ResponseEntity.ok().contentType(ATOM).body(new WireFeedOutput().outputString(atom));
		}
		catch (FeedException ex) {
			throw new IllegalStateException("The feed " + feed + " cannot be written", ex);
		}
	}

	String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	private Entry entry(String root, RecentRecord record) {
		Entry entry = new Entry();
		entry.setId(root + record.path());
		entry.setTitle(title(record));
		entry.setAlternateLinks(List.of(link("alternate", MediaType.TEXT_HTML_VALUE, root + record.path())));
		entry.setUpdated(Date.from(record.updatedAt()));
		if (record.publishedAt() != null) {
			entry.setPublished(Date.from(record.publishedAt()));
		}
		Category category = new Category();
		category.setTerm(record.kind().collection());
		category.setLabel(message("feed.record." + record.kind().name()));
		entry.setCategories(List.of(category));
		String summary = summary(record);
		if (!summary.isEmpty()) {
			entry.setSummary(text(summary));
		}
		return entry;
	}

	/**
	 * The record's title, with its session where the title does not name it (a
	 * resolution's symbol and a budget's year do).
	 */
	private String title(RecentRecord record) {
		boolean named = record.kind() == SearchKind.RESOLUTION || record.kind() == SearchKind.BUDGET;
		return (record.session() == null || named) ? record.title()
				: message("feed.entry.title", record.title(), record.session());
	}

	/**
	 * What kind of record it is, of which session, then the start of its text.
	 */
	private String summary(RecentRecord record) {
		String about = (record.session() != null)
				? message("feed.entry.in-session", message("feed.record." + record.kind().name()), record.session())
				: message("feed.record." + record.kind().name());
		String text = Objects.requireNonNullElse(record.text(), "").strip();
		if (text.length() > SUMMARY_LENGTH) {
			int cut = text.lastIndexOf(' ', SUMMARY_LENGTH);
			text = text.substring(0, (cut > 0) ? cut : SUMMARY_LENGTH) + "…";
		}
		return text.isEmpty() ? about : about + ". " + text;
	}

	private Instant lastChange() {
		Instant last = this.records.lastChange();
		return (last != null) ? last : Instant.EPOCH;
	}

	private SyndPerson portal(String root) {
		Person person = new Person();
		person.setName(message("site.name"));
		person.setUri(root + "/");
		return person;
	}

	private static Link link(String rel, String type, String href) {
		Link link = new Link();
		link.setRel(rel);
		link.setType(type);
		link.setHref(href);
		return link;
	}

	private static Content text(String value) {
		Content content = new Content();
		content.setType(Content.TEXT);
		content.setValue(value);
		return content;
	}

}
