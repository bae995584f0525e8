package org.asprecords.web;

import jakarta.servlet.http.Cookie;

import org.asprecords.support.IntegrationTest;
import org.asprecords.support.Pages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.asprecords.support.Pages.fact;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A French visitor reads every kind of public page in French: headings, labels, dates and
 * amounts written the French way, and no text of the English bundles, except where both
 * languages write the same ("Sessions", "Note") and the records themselves, which stay as
 * the sources give them (in English).
 */
@IntegrationTest
class FrenchPagesIT {

	/**
	 * The approved budget for 2024 as French writes it: narrow no-break spaces between
	 * the groups, a no-break space before the euro sign (which jsoup's text() reads as a
	 * space).
	 */
	private static final String BUDGET_2024 = "187\u202f084\u202f300\u00a0€";

	private static final String BUDGET_2024_TEXT = BUDGET_2024.replace('\u00a0', ' ');

	@Autowired
	MockMvcTester mvc;

	@Test
	void homePage() {
		Document page = french("/");
		assertThat(page.select("main header").eachText()).contains("Dernière session");
		assertThat(page.select("h2").eachText()).contains("Chiffres clés");
		assertThat(page.select("label").eachText()).contains("Trouver une résolution par sa cote");
		assertThat(page.select(".key-facts dt").eachText()).contains("Résolutions enregistrées",
				"Dernier État Partie en date");
	}

	@Test
	void sessionsListAndSessionPages() {
		Document list = french("/sessions");
		assertThat(list.selectFirst("h1").text()).isEqualTo("Sessions de l’Assemblée");
		assertThat(list.selectFirst("tbody th a").text()).isEqualTo("24e session (2025)");
		assertThat(french("/sessions?page=2").select("tbody th a").eachText()).contains("1re session (2002)");

		Document session = french("/sessions/22");
		assertThat(session.selectFirst("h1").text()).isEqualTo("22e session (2023)");
		assertThat(fact(session, "Dates").text()).isEqualTo("4–14 décembre 2023");
		assertThat(fact(session, "Présidente de l’Assemblée").text()).isEqualTo("Silvia Fernández de Gurmendi");
		assertThat(fact(french("/sessions/13"), "Président de l’Assemblée").text()).isEqualTo("Sidiki Kaba");
		assertThat(fact(session, "Lieu").text())
			.isEqualTo("Siège de l’Organisation des Nations Unies, New York, États-Unis");
		assertThat(fact(session, "Budget approuvé pour 2024").text()).isEqualTo(BUDGET_2024_TEXT);
		assertThat(fact(session, "Budget approuvé pour 2024").wholeText()).isEqualTo(BUDGET_2024);
		assertThat(session.select("h2").eachText()).contains("Élections", "Résolutions", "Budget-programme",
				"Déclarations", "Manifestations parallèles", "Sources");

		Document resumed = french("/sessions/19-resumed-2");
		assertThat(resumed.selectFirst("h1").text()).isEqualTo("2e reprise de la 19e session (2021)");
		assertThat(fact(resumed, "Reprise de").text()).isEqualTo("19e session (2020)");
		assertThat(fact(french("/sessions/8-resumed"), "Dates").text()).isEqualTo("mars 2010");
	}

	@Test
	void resolutionsListSearchAndResolutionPage() {
		Document list = french("/resolutions");
		assertThat(list.selectFirst("h1").text()).isEqualTo("Résolutions");
		assertThat(list.select("label").eachText()).contains("Session", "Thème", "Ordre");

		Document found = french("/resolutions?q=cooperation");
		assertThat(found.select("main").text()).contains("correspondent à « cooperation »");
		assertThat(frenchError("/resolutions?q=ICC-ASP/22/Res.99", 404).select("[role=status]").text())
			.contains("Aucune résolution ICC-ASP/22/Res.99 n’est enregistrée.");

		Document resolution = french("/resolutions/ICC-ASP/22/Res.4");
		assertThat(resolution.selectFirst("h1").text()).isEqualTo("ICC-ASP/22/Res.4");
		assertThat(fact(resolution, "Session").text()).isEqualTo("22e session (2023)");
		assertThat(fact(resolution, "Mode d’adoption").text()).isEqualTo("Par consensus");
		Document dated = french("/resolutions/ICC-ASP/23/Res.1");
		assertThat(fact(dated, "Adoptée le").text()).isEqualTo("6 décembre 2024");
		assertThat(fact(dated, "Séance plénière").text()).isEqualTo("9e séance plénière");
	}

	@Test
	void electionsListAndElectionPage() {
		Document list = french("/elections");
		assertThat(list.selectFirst("h1").text()).isEqualTo("Élections");
		assertThat(list.select("thead th").eachText()).contains("Organe élu", "Sièges", "Mandat");

		Document judges = french("/elections/22/judges");
		assertThat(judges.selectFirst("h1").text()).isEqualTo("Juges, 22e session (2023)");
		assertThat(fact(judges, "Mode de décision").text()).isEqualTo("Scrutin secret");
		assertThat(fact(judges, "Tours de scrutin").text()).isEqualTo("11");
		assertThat(fact(judges, "Mandat").text()).startsWith("9 ans");
		assertThat(french("/elections/22/assembly-presidency").selectFirst("h1").text())
			.isEqualTo("Président et vice-présidents de l’Assemblée, 22e session (2023)");
	}

	@Test
	void budgetsListAndYearPage() {
		Document list = french("/budgets");
		assertThat(list.selectFirst("h1").text()).isEqualTo("Budgets-programmes");
		assertThat(list.select("td.amount").eachText()).contains(BUDGET_2024_TEXT);

		Document year = french("/budgets/2024");
		assertThat(year.selectFirst("h1").text()).isEqualTo("Budget-programme pour 2024");
		assertThat(fact(year, "Approuvé").text()).isEqualTo(BUDGET_2024_TEXT);
		assertThat(fact(year, "Session d’adoption").text()).isEqualTo("22e session (2023)");
	}

	@Test
	void statementsListAndStatementPage() {
		Document list = french("/statements");
		assertThat(list.selectFirst("h1").text()).isEqualTo("Déclarations");
		assertThat(list.select("thead th").eachText()).contains("Séquence", "Orateur", "Extrait");

		Document statement = french("/statements/22/general-debate-armenia");
		assertThat(statement.selectFirst("h1").text()).startsWith("Déclaration de ");
		assertThat(fact(statement, "Séquence").text()).isEqualTo("Débat général");
	}

	@Test
	void statesPeopleAndOrganizations() {
		assertThat(french("/states").selectFirst("h1").text()).isEqualTo("États");
		Document armenia = french("/states/armenia");
		assertThat(fact(armenia, "Rang d’adhésion").text()).isEqualTo("124e État Partie");
		assertThat(fact(armenia, "État Partie depuis le").text()).isEqualTo("1er février 2024");
		assertThat(fact(armenia, "Ratification").text()).isEqualTo("14 novembre 2023");
		assertThat(fact(armenia, "Signature du Statut de Rome").text()).isEqualTo("1er octobre 1999");

		assertThat(french("/people").selectFirst("h1").text()).isEqualTo("Personnes");
		assertThat(french("/people/karim-khan").select("h2").eachText()).contains("Candidatures");
		assertThat(french("/people/paivi-kaukoranta").select("#presidencies-heading").text())
			.isEqualTo("Présidente de l’Assemblée");
		assertThat(french("/people/sidiki-kaba").select("#presidencies-heading").text())
			.isEqualTo("Président de l’Assemblée");
		assertThat(french("/organizations").selectFirst("h1").text()).isEqualTo("Organisations");
		assertThat(fact(french("/organizations/fidh"), "Type").text()).isEqualTo("Organisation non gouvernementale");
	}

	@Test
	void outcomePages() {
		assertThat(fact(french("/sessions/22/side-events/hrd-side-event"), "Date").text()).isEqualTo("7 décembre 2023");
		assertThat(french("/sessions/22/amendments/rome-statute-article-39").selectFirst("h1").text())
			.isEqualTo("Amendement : Statut de Rome, Article 39");
		assertThat(french("/sessions/22/policies/tenure-policy").select("main").text())
			.contains("Politique adoptée par l’Assemblée");
		Document decision = french("/sessions/22/decisions/cbf-enlargement");
		assertThat(fact(decision, "Type de décision").text()).isEqualTo("Composition d’un organe");
		assertThat(fact(decision, "Sièges").text()).isEqualTo("12 → 17 sièges");
	}

	@Test
	void searchWithResults() {
		Document page = french("/search?q=cooperation");
		assertThat(page.title()).startsWith("Recherche : cooperation");
		assertThat(page.select("main").text()).contains("correspondent à « cooperation »");
	}

	@Test
	void errorPages() {
		Document notFound = frenchError("/sessions/99", 404);
		assertThat(notFound.selectFirst("h1").text()).isEqualTo("Page introuvable");
		Document badRequest = frenchError("/sessions?page=x", 400);
		assertThat(badRequest.selectFirst("h1").text()).isEqualTo("Cette demande ne peut pas aboutir");
		Document signIn = french("/login");
		assertThat(signIn.selectFirst("h1").text()).isEqualTo("Connexion");
	}

	@Test
	void theLanguageLinkLeadsToTheSamePageInTheOtherLanguage() {
		Document page = french("/resolutions?topic=budget");
		Element link = page.selectFirst("a.language-switch");
		assertThat(link.text()).isEqualTo("English");
		assertThat(link.attr("lang")).isEqualTo("en");
		assertThat(link.attr("href")).isEqualTo("/resolutions?topic=budget");

		Document english = Pages.page(this.mvc, "/resolutions?topic=budget");
		assertThat(english.selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(english.selectFirst("a.language-switch").attr("href"))
			.isEqualTo("/resolutions?topic=budget&lang=fr");
		assertThat(english.selectFirst("a.language-switch").text()).isEqualTo("Français");
	}

	@Test
	void thePublicPagesLanguageIsInTheAddressAlone() {
		MvcTestResult asked = this.mvc.get()
			.uri("/sessions?lang=fr")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.cookie(new Cookie(Languages.COOKIE, "en"))
			.exchange();
		assertThat(Pages.parse(asked).selectFirst("html").attr("lang")).isEqualTo("fr");
		assertThat(asked.getResponse().getCookies()).isEmpty();
		assertThat(asked.getResponse().getHeader(HttpHeaders.SET_COOKIE)).isNull();

		MvcTestResult plain = this.mvc.get()
			.uri("/sessions")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "fr-CA,fr;q=0.9")
			.cookie(new Cookie(Languages.COOKIE, "fr"))
			.exchange();
		assertThat(Pages.parse(plain).selectFirst("h1").text()).isEqualTo("Sessions of the Assembly");
		assertThat(plain.getResponse().getHeader(HttpHeaders.SET_COOKIE)).isNull();
	}

	@Test
	void signInFollowsTheBrowserUntilTheVisitorChoosesAndTheCookieKeepsTheChoice() {
		assertThat(signInLanguage(HttpHeaders.ACCEPT_LANGUAGE, "fr-CA,fr;q=0.9,en;q=0.5")).isEqualTo("fr");
		assertThat(signInLanguage(HttpHeaders.ACCEPT_LANGUAGE, "de-DE,de;q=0.9,fr;q=0.8")).isEqualTo("fr");
		assertThat(signInLanguage(HttpHeaders.ACCEPT_LANGUAGE, "de-DE")).isEqualTo("en");
		MvcTestResult chosen = this.mvc.get()
			.uri("/login")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "fr")
			.cookie(new Cookie(Languages.COOKIE, "en"))
			.exchange();
		assertThat(Pages.parse(chosen).selectFirst("html").attr("lang")).isEqualTo("en");

		MvcTestResult switched = this.mvc.get().uri("/login?lang=fr").accept(MediaType.TEXT_HTML).exchange();
		assertThat(switched).hasStatusOk().cookies().containsCookie(Languages.COOKIE);
		assertThat(switched.getResponse().getCookie(Languages.COOKIE).getValue()).isEqualTo("fr");
		assertThat(Pages.parse(switched).selectFirst("a.language-switch").attr("href")).isEqualTo("/login?lang=en");
	}

	@Test
	void otherLanguagesAreIgnored() {
		MvcTestResult asked = this.mvc.get().uri("/?lang=de").exchange();
		assertThat(asked).hasStatusOk();
		assertThat(Pages.parse(asked).selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(this.mvc.get().uri("/login?lang=de").exchange().getResponse().getCookie(Languages.COOKIE)).isNull();
		MvcTestResult forged = this.mvc.get().uri("/login").cookie(new Cookie(Languages.COOKIE, "de")).exchange();
		assertThat(Pages.parse(forged).selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(this.mvc.get().uri("/?lang=%3Cscript%3E").exchange()).hasStatusOk();
	}

	@Test
	void errorPagesLinkToTheSameAddressInTheOtherLanguage() {
		Document page = frenchError("/sessions/99?page=2", 404);
		assertThat(page.selectFirst("a.language-switch").attr("href")).isEqualTo("/sessions/99?page=2");
	}

	private String signInLanguage(String header, String value) {
		return Pages.parse(this.mvc.get().uri("/login").header(header, value).exchange())
			.selectFirst("html")
			.attr("lang");
	}

	private Document french(String uri) {
		return frenchError(uri, 200);
	}

	/**
	 * The page in French (its address with {@code lang=fr}), answered with
	 * {@code status}; checked for English text.
	 */
	private Document frenchError(String uri, int status) {
		MvcTestResult result = this.mvc.get()
			.uri(uri + (uri.contains("?") ? "&" : "?") + "lang=fr")
			.accept(MediaType.TEXT_HTML)
			.exchange();
		assertThat(result.getResponse().getStatus()).as(uri).isEqualTo(status);
		Document page = Pages.parse(result);
		assertThat(page.selectFirst("html").attr("lang")).as(uri).isEqualTo("fr");
		assertThat(EnglishTexts.on(page)).as("English text on " + uri).isEmpty();
		return page;
	}

}
