package org.asprecords.feed;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import jakarta.persistence.EntityManager;
import org.asprecords.resolution.Resolution;
import org.asprecords.support.IntegrationTest;
import org.asprecords.support.Pages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.InputSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Atom feeds as a subscriber meets them: valid Atom, newest first, each listing what
 * its page lists, a record published or changed at the top, drafts never, and found from
 * the pages they follow.
 */
@IntegrationTest
@Transactional
class FeedsIT {

	private static final String ROOT = "http://localhost";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EntityManager entityManager;

	@Autowired
	MessageSource messages;

	@Test
	void everyFeedIsValidAtomWithTheNewestFirst() throws Exception {
		List<String> feeds = List.of("/feeds/all.atom", "/feeds/sessions.atom", "/feeds/resolutions.atom",
				"/feeds/elections.atom", "/feeds/budgets.atom", "/feeds/statements.atom", "/feeds/people.atom",
				"/feeds/states.atom", "/feeds/organizations.atom", "/feeds/side-events.atom", "/feeds/amendments.atom",
				"/feeds/policies.atom", "/feeds/decisions.atom", "/feeds/sessions/22.atom",
				"/feeds/search.atom?q=victims");
		for (String address : feeds) {
			AtomDocument feed = feed(address);
			assertThat(feed.entries).as(address).isNotEmpty().hasSizeLessThanOrEqualTo(AtomFeeds.ENTRIES);
			assertThat(feed.entries.stream().map((entry) -> entry.updated).toList()).as(address + " newest first")
				.isSortedAccordingTo((a, b) -> b.compareTo(a));
			assertThat(feed.updated).as("the feed's updated is its newest entry's")
				.isEqualTo(feed.entries.get(0).updated);
			assertThat(feed.link("self").href()).isEqualTo(ROOT + address);
			assertThat(feed.link("alternate").type()).isEqualTo("text/html");
			// and a feed reader's library reads it alike
			Feed read = (Feed) new WireFeedInput().build(new InputSource(new StringReader(body(address))));
			assertThat(read.getTitle()).isEqualTo(feed.title);
			assertThat(read.getEntries()).hasSameSizeAs(feed.entries);
		}
		for (String page : feed("/feeds/all.atom").entryLinks()) {
			assertThat(Pages.exchange(this.mvc, page.substring(ROOT.length()))).as(page).hasStatusOk();
		}
	}

	@Test
	void aKindsFeedListsTheNewestOfThatKindOnly() throws Exception {
		AtomDocument resolutions = feed("/feeds/resolutions.atom");
		long published = this.jdbc
			.sql("select count(*) from resolution x where x.published and x.deleted_at is null"
					+ " and public_session(x.session_id)")
			.query(Long.class)
			.single();
		assertThat(resolutions.entries).hasSize((int) Math.min(published, AtomFeeds.ENTRIES));
		assertThat(resolutions.entries).allSatisfy((entry) -> {
			assertThat(entry.categories).containsExactly("resolutions");
			assertThat(entry.alternate).matches(Pattern.quote(ROOT) + "/resolutions/(ICC-ASP|RC)/.+");
		});
		assertThat(resolutions.link("alternate").href()).isEqualTo(ROOT + "/resolutions");
	}

	@Test
	void recordsSavedAtOnceAreListedNewestEnteredFirst() throws Exception {
		// as an import saves a session's documents: one update time for all of them
		this.jdbc.sql("update resolution set updated_at = now() + interval '1 day'").update();
		this.jdbc.sql("update election set updated_at = now() + interval '1 day'").update();
		List<String> resolutions = this.jdbc
			.sql("select '" + ROOT + "/resolutions/' || x.symbol from resolution x where x.published"
					+ " and x.deleted_at is null and public_session(x.session_id) order by x.id desc")
			.query(String.class)
			.list();
		assertThat(resolutions).as("more than a feed lists, so that where it stops shows").hasSizeGreaterThan(20);

		assertThat(feed("/feeds/resolutions.atom").entryLinks())
			.containsExactlyElementsOf(resolutions.subList(0, Math.min(resolutions.size(), AtomFeeds.ENTRIES)));
		// of two kinds saved at once, elections (by their kind's name) come before
		// resolutions
		List<String> kinds = feed("/feeds/all.atom").entries.stream().map((entry) -> entry.categories.get(0)).toList();
		assertThat(kinds).hasSize(AtomFeeds.ENTRIES).startsWith("elections").isSorted();
	}

	@Test
	void aSessionsFeedListsTheSessionAndEveryRecordOnItsPage() throws Exception {
		Document page = Pages.page(this.mvc, "/sessions/22");
		Set<String> records = new LinkedHashSet<>();
		records.add(ROOT + "/sessions/22");
		page.select("main a[href]")
			.eachAttr("href")
			.stream()
			.filter((href) -> href.startsWith("/resolutions/ICC-ASP/22/") || href.startsWith("/elections/22/")
					|| href.startsWith("/statements/22/") || href.startsWith("/sessions/22/")
					|| href.matches("/budgets/\\d{4}"))
			.forEach((href) -> records.add(ROOT + href));
		assertThat(records).as("what the page of the 22nd session lists").hasSizeBetween(10, AtomFeeds.ENTRIES);

		AtomDocument feed = feed("/feeds/sessions/22.atom");

		assertThat(feed.entryLinks()).containsExactlyInAnyOrderElementsOf(records);
		assertThat(feed.link("alternate").href()).isEqualTo(ROOT + "/sessions/22");
	}

	@Test
	void aSearchsFeedListsWhatTheSearchFinds() throws Exception {
		Document results = Pages.page(this.mvc, "/search?q=victims&kind=STATEMENT");
		List<String> found = results.select("main ol.hits a").eachAttr("href");
		assertThat(found).as("statements about victims on the first page of the search").hasSizeBetween(2, 19);

		AtomDocument feed = feed("/feeds/search.atom?q=victims&kind=STATEMENT");

		assertThat(feed.entryLinks())
			.containsExactlyInAnyOrderElementsOf(found.stream().map((href) -> ROOT + href).toList());
		assertThat(feed.title).contains("victims");
		assertThat(feed.link("alternate").href()).isEqualTo(ROOT + "/search?q=victims&kind=STATEMENT");
	}

	@Test
	void aRecordPublishedOrChangedTopsTheFeedsAndADraftIsInNone() throws Exception {
		Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		Resolution resolution = resolution("ICC-ASP/23/Res.2");
		String page = ROOT + "/resolutions/ICC-ASP/23/Res.2";

		resolution.setPublished(false);
		this.entityManager.flush();
		for (String address : List.of("/feeds/all.atom", "/feeds/resolutions.atom", "/feeds/sessions/23.atom",
				"/feeds/search.atom?q={title}")) {
			assertThat(feed(address, resolution.getTitle()).entryLinks()).as(address).doesNotContain(page);
		}

		resolution.setPublished(true);
		this.entityManager.flush();
		AtomDocument.Entry published = feed("/feeds/resolutions.atom").entries.get(0);
		assertThat(published.alternate).isEqualTo(page);
		assertThat(published.title).startsWith("ICC-ASP/23/Res.2: ");
		assertThat(published.published.toInstant()).isAfterOrEqualTo(start);
		assertThat(feed("/feeds/all.atom").entries.get(0).alternate).isEqualTo(page);
		assertThat(feed("/feeds/sessions/23.atom").entries.get(0).alternate).isEqualTo(page);

		// a correction: the same entry, updated, still published when it was
		Thread.sleep(1100);
		resolution.setTitle(resolution.getTitle() + " (corrected)");
		this.entityManager.flush();
		AtomDocument.Entry changed = feed("/feeds/resolutions.atom").entries.get(0);
		assertThat(changed.id).isEqualTo(published.id);
		assertThat(changed.title).endsWith("(corrected)");
		assertThat(changed.updated).isAfter(published.updated);
		assertThat(changed.published).isEqualTo(published.published);
	}

	@Test
	void pagesNameTheirFeedsInTheirHeadAndFooter() throws Exception {
		assertThat(discovered("/")).containsExactly("/feeds/all.atom");
		assertThat(discovered("/resolutions")).containsExactly("/feeds/resolutions.atom", "/feeds/all.atom");
		assertThat(discovered("/resolutions/ICC-ASP/22/Res.4")).containsExactly("/feeds/resolutions.atom",
				"/feeds/all.atom");
		assertThat(discovered("/sessions/22")).containsExactly("/feeds/sessions.atom", "/feeds/sessions/22.atom",
				"/feeds/all.atom");
		assertThat(discovered("/elections/22/judges")).containsExactly("/feeds/elections.atom",
				"/feeds/sessions/22.atom", "/feeds/all.atom");
		assertThat(discovered("/search?q=victims&kind=STATEMENT"))
			.containsExactly("/feeds/search.atom?q=victims&kind=STATEMENT", "/feeds/all.atom");
		String decision = Pages.page(this.mvc, "/sessions/22")
			.select("main a[href^=/sessions/22/decisions/]")
			.first()
			.attr("href");
		assertThat(discovered(decision)).containsExactly("/feeds/decisions.atom", "/feeds/sessions/22.atom",
				"/feeds/all.atom");

		Document page = Pages.page(this.mvc, "/resolutions");
		assertThat(page.select("footer a[type=application/atom+xml]").eachAttr("href"))
			.containsExactly("/feeds/resolutions.atom", "/feeds/all.atom");
		for (String address : discovered("/sessions/22")) {
			feed(address);
		}
	}

	@Test
	void aFrenchPageOffersTheFrenchFeeds() throws Exception {
		List<String> feeds = discovered("/resolutions?lang=fr");

		assertThat(feeds).containsExactly("/feeds/resolutions.atom?lang=fr", "/feeds/all.atom?lang=fr");
		AtomDocument all = feed("/feeds/all.atom?lang=fr");
		assertThat(all.title).isEqualTo(this.messages.getMessage("feed.all", null, Locale.FRENCH));
		assertThat(all.id).isEqualTo(ROOT + "/feeds/all.atom?lang=fr");
	}

	@Test
	void aRepeatedRequestGetsNotModified() {
		MvcTestResult first = this.mvc.get().uri("/feeds/all.atom").exchange();
		String tag = first.getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(tag).isNotBlank();

		assertThat(this.mvc.get().uri("/feeds/all.atom").header(HttpHeaders.IF_NONE_MATCH, tag)).hasStatus(304);
	}

	@Test
	void aFeedOfNothingAnswersTheFriendlyErrorPage() {
		Pages.assertFriendlyError(Pages.exchange(this.mvc, "/feeds/treaties.atom"), 404, "Page not found");
		Pages.assertFriendlyError(Pages.exchange(this.mvc, "/feeds/sessions/99.atom"), 404, "Page not found");
		Pages.assertFriendlyError(Pages.exchange(this.mvc, "/feeds/search.atom"), 400,
				"This request cannot be answered");
		Pages.assertFriendlyError(Pages.exchange(this.mvc, "/feeds/search.atom?q={q}", "  "), 400,
				"This request cannot be answered");
		Pages.assertFriendlyError(Pages.exchange(this.mvc, "/feeds/search.atom?q=court&kind=TREATY"), 400,
				"This request cannot be answered");

		this.jdbc.sql("update assembly_session set published = false where slug = '22'").update();
		Pages.assertFriendlyError(Pages.exchange(this.mvc, "/feeds/sessions/22.atom"), 404, "Page not found");
	}

	@ParameterizedTest
	@ValueSource(strings = { "application/atom+xml, */*", "application/atom+xml", "*/*" })
	void aFeedsErrorPageIsLabelledHtmlHoweverAReaderAsks(String accept) {
		Pages.assertFriendlyError(Pages.exchangeAccepting(this.mvc, accept, "/feeds/treaties.atom"), 404,
				"Page not found");
	}

	private List<String> discovered(String page) {
		return Pages.page(this.mvc, page)
			.select("head link[rel=alternate][type=application/atom+xml]")
			.eachAttr("href");
	}

	private Resolution resolution(String symbol) {
		long id = this.jdbc.sql("select id from resolution where symbol = ?").param(symbol).query(Long.class).single();
		return this.entityManager.find(Resolution.class, id);
	}

	private AtomDocument feed(String address, Object... variables) throws Exception {
		MvcTestResult result = this.mvc.get().uri(address, variables).exchange();
		assertThat(result).as(address).hasStatusOk();
		assertThat(result.getResponse().getContentType()).isEqualTo("application/atom+xml;charset=UTF-8");
		return new AtomDocument(result.getResponse().getContentAsByteArray());
	}

	private String body(String address) throws Exception {
		return new String(this.mvc.get().uri(address).exchange().getResponse().getContentAsByteArray(),
				StandardCharsets.UTF_8);
	}

}
