package org.asprecords.citation;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.asprecords.support.IntegrationTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.asprecords.support.Pages.fact;
import static org.asprecords.support.Pages.page;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of a record of the Assembly offers its citation: the text shows the facts
 * the page itself shows (title, symbol, session, date) and the page's permanent address,
 * and the BibTeX and CSL-JSON files, read back with a BibTeX parser and a JSON reader,
 * hold the same facts. The shipped records of the 22nd session (New York, 4–14 December
 * 2023) are cited.
 */
@IntegrationTest
class CitationPagesIT {

	static final String ASSEMBLY = "Assembly of States Parties to the Rome Statute of the International Criminal Court";

	private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

	/** A session as its links name it: "22nd session (2023)". */
	private static final Pattern SESSION_WITH_YEAR = Pattern.compile("(.+) \\((\\d{4})\\)");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aResolutionIsCitedBySymbolTitleSessionAndAdoptionDate() throws Exception {
		Document page = page(this.mvc, "/resolutions/ICC-ASP/23/Res.1");
		String symbol = page.selectFirst("h1").text();
		String title = page.selectFirst("hgroup p").text();
		String adopted = fact(page, "Adopted").text();
		Matcher session = session(fact(page, "Session").text());

		assertThat(citation(page)).isEqualTo(ASSEMBLY + ", “" + title + "”, " + symbol + ", " + session.group(1) + ", "
				+ city("23") + ", " + session.group(2) + ", " + adopted + ". Available at: " + canonical(page));

		Map<String, String> bibtex = bibtex(page);
		assertThat(bibtex).containsEntry("@type", "misc")
			.containsEntry("author", ASSEMBLY)
			.containsEntry("title", title)
			.containsEntry("number", symbol)
			.containsEntry("date", day(adopted).toString())
			.containsEntry("year", String.valueOf(day(adopted).getYear()))
			.containsEntry("month", day(adopted).getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH))
			.containsEntry("url", canonical(page))
			.containsEntry("note", session.group(1) + ", " + city("23") + ", " + session.group(2));
		DocumentContext csl = csl(page);
		assertThat(csl.read("$.length()", Integer.class)).isEqualTo(1);
		assertThat(csl.read("$[0].type", String.class)).isEqualTo("legislation");
		assertThat(csl.read("$[0].title", String.class)).isEqualTo(title);
		assertThat(csl.read("$[0].number", String.class)).isEqualTo(symbol);
		assertThat(csl.read("$[0].author[0].literal", String.class)).isEqualTo(ASSEMBLY);
		assertThat(csl.read("$[0].issued.date-parts[0]", List.class)).isEqualTo(parts(day(adopted)));
		assertThat(csl.read("$[0].event-title", String.class)).isEqualTo(session.group(1));
		assertThat(csl.read("$[0].event-place", String.class)).isEqualTo(city("23"));
		assertThat(csl.read("$[0].URL", String.class)).isEqualTo(canonical(page));
		assertThat(csl.read("$[0].id", String.class)).isEqualTo(bibtex.get("@key"));
	}

	/**
	 * The sources of the 22nd session do not say on which of two days each resolution was
	 * adopted: the citation gives no date rather than guess one.
	 */
	@Test
	void aResolutionWithoutARecordedDayIsCitedWithoutOne() throws Exception {
		Document page = page(this.mvc, "/resolutions/ICC-ASP/22/Res.4");
		assertThat(fact(page, "Adopted").text()).isEqualTo("Not recorded");
		Matcher session = session(fact(page, "Session").text());

		assertThat(citation(page)).isEqualTo(ASSEMBLY + ", “" + page.selectFirst("hgroup p").text() + "”, "
				+ page.selectFirst("h1").text() + ", " + session.group(1) + ", " + city("22") + ", " + session.group(2)
				+ ". Available at: " + canonical(page));
		assertThat(bibtex(page)).doesNotContainKeys("date", "year", "month");
		assertThat(csl(page).read("$[0]", Map.class)).doesNotContainKey("issued");
	}

	@Test
	void aSessionIsCitedByItsNamePlaceAndDates() throws Exception {
		Document page = page(this.mvc, "/sessions/22");
		String name = session(page.selectFirst("h1").text()).group(1);
		String dates = fact(page, "Dates").text();

		assertThat(citation(page)).isEqualTo(
				ASSEMBLY + ", “" + name + "”, " + city("22") + ", " + dates + ". Available at: " + canonical(page));

		LocalDate start = this.jdbc.sql("select start_date from assembly_session where slug = '22'")
			.query(LocalDate.class)
			.single();
		LocalDate end = this.jdbc.sql("select end_date from assembly_session where slug = '22'")
			.query(LocalDate.class)
			.single();
		assertThat(bibtex(page)).containsEntry("title", name)
			.containsEntry("date", start + "/" + end)
			.containsEntry("year", String.valueOf(start.getYear()))
			.containsEntry("note", city("22"))
			.doesNotContainKey("number");
		DocumentContext csl = csl(page);
		assertThat(csl.read("$[0].type", String.class)).isEqualTo("event");
		assertThat(csl.read("$[0].issued.date-parts", List.class)).containsExactly(parts(start), parts(end));
	}

	/**
	 * The 4th session's last day is not recorded, nor the day the 8th resumed: their
	 * citations say no more than their pages.
	 */
	@Test
	@Transactional
	void sessionDatesAreCitedNoMorePreciselyThanRecorded() throws Exception {
		// a session whose end the sources do not give (none of the shipped sessions now)
		this.jdbc.sql("update assembly_session set end_date = null where slug = '4'").update();
		Document fourth = page(this.mvc, "/sessions/4");
		assertThat(fact(fourth, "Dates").text()).startsWith("from ");
		assertThat(citation(fourth))
			.endsWith(", " + fact(fourth, "Dates").text() + ". Available at: " + canonical(fourth));
		LocalDate start = day(fact(fourth, "Dates").text().substring("from ".length()));
		assertThat(bibtex(fourth)).containsEntry("date", start.toString());

		Document resumed = page(this.mvc, "/sessions/8-resumed");
		String month = fact(resumed, "Dates").text();
		assertThat(citation(resumed)).endsWith(", " + month + ". Available at: " + canonical(resumed));
		YearMonth recorded = YearMonth.parse(month, DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH));
		assertThat(bibtex(resumed)).containsEntry("date", recorded.toString())
			.containsEntry("year", String.valueOf(recorded.getYear()));
		assertThat(csl(resumed).read("$[0].issued.date-parts", List.class))
			.containsExactly(List.of(recorded.getYear(), recorded.getMonthValue()));
	}

	@Test
	void anElectionIsCitedByItsBodySessionAndDay() throws Exception {
		Document page = page(this.mvc, "/elections/19-resumed-2/prosecutor");
		String body = page.selectFirst("h1").text().substring(0, page.selectFirst("h1").text().indexOf(", "));
		Matcher session = session(fact(page, "Session").text());
		String held = fact(page, "Held").text();

		assertThat(citation(page)).isEqualTo(ASSEMBLY + ", “Election: " + body + "”, " + session.group(1) + ", "
				+ city("19-resumed-2") + ", " + session.group(2) + ", " + held + ". Available at: " + canonical(page));
		assertThat(bibtex(page)).containsEntry("title", "Election: " + body)
			.containsEntry("date", day(held).toString());
		assertThat(csl(page).read("$[0].type", String.class)).isEqualTo("event");
	}

	/**
	 * A budget records no date of its own: the citation gives none, only its session's
	 * year and the resolution that adopted it.
	 */
	@Test
	void aBudgetIsCitedWithItsAdoptingResolutionAndNoDateOfItsOwn() throws Exception {
		Document page = page(this.mvc, "/budgets/2024");
		String title = page.selectFirst("h1").text();
		Matcher session = session(fact(page, "Adopted at").text());
		String resolution = fact(page, "Resolution").text();

		assertThat(citation(page)).isEqualTo(ASSEMBLY + ", “" + title + "”, " + session.group(1) + ", " + city("22")
				+ ", " + session.group(2) + ". Available at: " + canonical(page));
		assertThat(bibtex(page)).containsEntry("title", title)
			.containsEntry("note",
					session.group(1) + ", " + city("22") + ", " + session.group(2) + ". Adopting resolution: "
							+ resolution)
			.doesNotContainKeys("date", "year", "month", "number");
		DocumentContext csl = csl(page);
		assertThat(csl.read("$[0].note", String.class)).isEqualTo("Adopting resolution: " + resolution);
		assertThat(csl.read("$[0]", Map.class)).doesNotContainKey("issued");
	}

	/** A statement is its speaker's, not the Assembly's. */
	@Test
	void aStatementIsCitedUnderItsSpeaker() throws Exception {
		Document page = page(this.mvc, "/statements/22/cooperation-costa-rica-joint");
		String speaker = page.selectFirst("h1").text().replaceFirst("^Statement by ", "");
		String segment = fact(page, "Segment").text();
		String delivered = fact(page, "Date").text();
		Matcher session = session(page.selectFirst("hgroup p a").text());

		assertThat(citation(page)).isEqualTo(speaker + ", “Statement (" + segment + ")”, " + session.group(1) + ", "
				+ city("22") + ", " + session.group(2) + ", " + delivered + ". Available at: " + canonical(page));
		assertThat(bibtex(page)).containsEntry("author", speaker).containsEntry("date", day(delivered).toString());
		DocumentContext csl = csl(page);
		assertThat(csl.read("$[0].type", String.class)).isEqualTo("speech");
		assertThat(csl.read("$[0].author[0].literal", String.class)).isEqualTo(speaker);
		assertThat(csl.read("$[0]", Map.class)).doesNotContainKey("authority");
	}

	@Test
	void anAmendmentIsCitedByItsHeadingAndAdoptingResolution() throws Exception {
		Document page = page(this.mvc, outcome("amendments", "Article 39"));
		String title = page.selectFirst("h1").text();
		String resolution = fact(page, "Adopting resolution").text();

		assertThat(citation(page)).startsWith(ASSEMBLY + ", “" + title + "”, 22nd session, " + city("22") + ", 2023")
			.endsWith(". Available at: " + canonical(page));
		assertThat(bibtex(page)).containsEntry("title", title)
			.containsEntry("note", "22nd session, " + city("22") + ", 2023. Adopting resolution: " + resolution);
		assertThat(csl(page).read("$[0].type", String.class)).isEqualTo("legislation");
	}

	@Test
	void aPolicyIsCitedWithTheDayItWasAdopted() throws Exception {
		Document page = page(this.mvc, outcome("policies", "Guidelines for enhancing the security"));
		String name = page.selectFirst("h1").text();
		String adopted = fact(page, "Adopted on").text();

		assertThat(citation(page)).isEqualTo(ASSEMBLY + ", “" + name + "”, 22nd session, " + city("22") + ", 2023, "
				+ adopted + ". Available at: " + canonical(page));
		assertThat(bibtex(page)).containsEntry("title", name).containsEntry("date", day(adopted).toString());
		assertThat(csl(page).read("$[0].issued.date-parts[0]", List.class)).isEqualTo(parts(day(adopted)));
	}

	/**
	 * A decision's page gives the day it takes effect, which is not the day it was taken:
	 * the citation gives no date rather than that one.
	 */
	@Test
	void aDecisionIsCitedWithoutADate() throws Exception {
		Document page = page(this.mvc, "/sessions/22/decisions/cbf-enlargement");
		String title = page.selectFirst("h1").text();

		assertThat(citation(page)).isEqualTo(ASSEMBLY + ", “" + title + "”, 22nd session, " + city("22")
				+ ", 2023. Available at: " + canonical(page));
		assertThat(bibtex(page)).containsEntry("title", title).doesNotContainKeys("date", "year");
	}

	@Test
	void aSideEventIsCitedWithTheDayItWasHeld() throws Exception {
		Document page = page(this.mvc, "/sessions/22/side-events/hrd-side-event");
		String title = page.selectFirst("h1").text();
		String held = fact(page, "Date").text();

		assertThat(citation(page)).isEqualTo(ASSEMBLY + ", “" + title + "”, 22nd session, " + city("22") + ", 2023, "
				+ held + ". Available at: " + canonical(page));
		assertThat(bibtex(page)).containsEntry("title", title).containsEntry("date", day(held).toString());
		assertThat(csl(page).read("$[0].type", String.class)).isEqualTo("event");
	}

	@Test
	void aFrenchVisitorGetsTheCitationInFrenchWithTheRecordsOwnTitle() throws Exception {
		Document page = page(this.mvc, "/resolutions/ICC-ASP/23/Res.1?lang=fr");
		String title = page.selectFirst("hgroup p").text();

		assertThat(page.selectFirst(".cite h2").text()).isEqualTo("Citer cette fiche");
		assertThat(citation(page)).isEqualTo("Assemblée des États Parties au Statut de Rome de la Cour pénale "
				+ "internationale, « " + title + " », ICC-ASP/23/Res.1, 23e session, " + city("23") + ", 2024, "
				+ fact(page, "Adoptée le").text() + ". Disponible à l’adresse : " + recordAddress(page));
	}

	@Test
	void theFilesAreAttachmentsNamedAfterTheRecord() {
		Document page = page(this.mvc, "/resolutions/ICC-ASP/22/Res.4");

		MvcTestResult bibtex = download(page, "bibtex");
		assertThat(bibtex).hasStatusOk().hasHeader("Content-Type", "application/x-bibtex;charset=UTF-8");
		assertThat(bibtex.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
			.isEqualTo("attachment; filename=\"asp-resolutions-icc-asp-22-res-4.bib\"");
		MvcTestResult csl = download(page, "csl-json");
		assertThat(csl).hasStatusOk().hasHeader("Content-Type", "application/vnd.citationstyles.csl+json");
		assertThat(csl.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
			.isEqualTo("attachment; filename=\"asp-resolutions-icc-asp-22-res-4.json\"");
	}

	@Test
	void directoryPagesOfferNoCitation() {
		for (String directory : List.of("/people/paivi-kaukoranta", "/states/armenia",
				"/organizations/coalition-for-the-icc")) {
			assertThat(page(this.mvc, directory).select(".cite")).as(directory).isEmpty();
		}
	}

	static String citation(Document page) {
		Element citation = page.selectFirst("main .cite .citation");
		assertThat(citation).as("the citation on " + page.title()).isNotNull();
		return citation.text();
	}

	static String canonical(Document page) {
		return page.selectFirst("link[rel=canonical]").attr("href");
	}

	/**
	 * The record's own address, which a citation gives in either language: the page's
	 * default language version.
	 */
	static String recordAddress(Document page) {
		return page.selectFirst("link[rel=alternate][hreflang=x-default]").attr("href");
	}

	/** The session, and its year, of a link to it: "22nd session (2023)". */
	private static Matcher session(String link) {
		Matcher matcher = SESSION_WITH_YEAR.matcher(link);
		assertThat(matcher.matches()).as(link).isTrue();
		return matcher;
	}

	private String city(String session) {
		return this.jdbc.sql("select city from assembly_session where slug = ?")
			.param(session)
			.query(String.class)
			.single();
	}

	/**
	 * The address of the first outcome of the 22nd session of this kind whose link has
	 * these words.
	 */
	private String outcome(String kind, String words) {
		return page(this.mvc, "/sessions/22").select("a[href^=/sessions/22/" + kind + "/]")
			.stream()
			.filter((link) -> link.text().contains(words))
			.findFirst()
			.orElseThrow()
			.attr("href");
	}

	private static LocalDate day(String english) {
		return LocalDate.parse(english, ENGLISH_DATE);
	}

	private static List<Integer> parts(LocalDate day) {
		return List.of(day.getYear(), day.getMonthValue(), day.getDayOfMonth());
	}

	private MvcTestResult download(Document page, String format) {
		String href = page.selectFirst(".cite a[href^=/cite/" + format + "?]").attr("href");
		return this.mvc.get().uri(URI.create(href)).exchange();
	}

	/**
	 * The entry of the page's BibTeX file, each field as the text LaTeX prints; its type
	 * and key as {@code @type} and {@code @key}.
	 */
	Map<String, String> bibtex(Document page) throws Exception {
		MvcTestResult result = download(page, "bibtex");
		assertThat(result).hasStatusOk();
		return BibtexReader.entry(result.getResponse().getContentAsString());
	}

	DocumentContext csl(Document page) throws Exception {
		MvcTestResult result = download(page, "csl-json");
		assertThat(result).hasStatusOk();
		return JsonPath.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
