package org.asprecords.browser;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.Media;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.assertj.core.api.SoftAssertions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser tab on the portal, with its own cookies, and the checks every page type
 * passes: a screenshot under {@code target/screenshots}, no WCAG 2.1 A or AA violation
 * (axe-core), valid HTML as sent (the Nu HTML Checker), one {@code h1}, a title, no
 * script or policy error, and no sideways scrolling on a 360-px-wide phone.
 */
final class Tab implements AutoCloseable {

	static final int PHONE_WIDTH = 360;

	private static final int WIDTH = 1280;

	private static final int HEIGHT = 900;

	private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	/**
	 * Whether the page scrolls sideways, and if so the elements that stick out (those
	 * inside a box that scrolls or clips on its own, such as a table's, do not count,
	 * unless they are positioned out of it).
	 */
	private static final String WIDER_THAN_THE_SCREEN = """
			() => {
			  if (document.documentElement.scrollWidth <= window.innerWidth) return [];
			  const out = [];
			  for (const e of document.querySelectorAll('body *')) {
			    const right = e.getBoundingClientRect().right;
			    if (right <= window.innerWidth) continue;
			    let p = e.parentElement;
			    while (p && p !== document.body && getComputedStyle(p).overflowX === 'visible') p = p.parentElement;
			    if (p === document.body || !p || getComputedStyle(e).position === 'absolute') out.push(e.outerHTML.slice(0, 120) + ' reaches ' + Math.round(right));
			  }
			  return out.length ? out.slice(0, 5) : ['the page, ' + document.documentElement.scrollWidth + ' px wide'];
			}""";

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private final BrowserContext context;

	private final Page page;

	private final String base;

	private final String language;

	private final List<String> problems = new ArrayList<>();

	private final boolean ownsContext;

	private Response document;

	Tab(BrowserContext context, String base, String language) {
		this(context, base, language, true);
	}

	private Tab(BrowserContext context, String base, String language, boolean ownsContext) {
		this.context = context;
		this.ownsContext = ownsContext;
		this.page = context.newPage();
		this.base = base;
		this.language = language;
		this.page.onResponse((response) -> {
			if (response.request().isNavigationRequest() && response.frame() == this.page.mainFrame()) {
				this.document = response;
			}
		});
		this.page.onConsoleMessage((message) -> {
			// an error page's own status is logged as a failed load: it is what the test
			// asked for
			boolean errorPage = message.location().startsWith(this.page.url())
					&& message.text().startsWith("Failed to load");
			if ("error".equals(message.type()) && !errorPage) {
				this.problems.add(message.text());
			}
		});
		this.page.onPageError(this.problems::add);
	}

	static Browser.NewContextOptions options(String language) {
		return new Browser.NewContextOptions().setLocale(language).setViewportSize(WIDTH, HEIGHT);
	}

	Page page() {
		return this.page;
	}

	/**
	 * Opens a page of the portal (a path, with its query if any), in this tab's language.
	 * @return the page's status
	 */
	int open(String path) {
		return this.page.navigate(this.base + address(path)).status();
	}

	/**
	 * The address of a public page (a path, with its query if any) in this tab's
	 * language: the path itself in English, with {@code lang} otherwise.
	 */
	String address(String path) {
		return "en".equals(this.language) ? path : path + (path.contains("?") ? "&" : "?") + "lang=" + this.language;
	}

	/**
	 * Does what leads to another page (following a link, sending a form) and waits until
	 * that page has loaded.
	 * @return the page's status
	 */
	int follow(Runnable action) {
		return this.page.waitForNavigation(action).status();
	}

	/**
	 * Follows a link or presses a button.
	 * @return the status of the page it leads to
	 */
	int click(String selector) {
		return follow(() -> this.page.locator(selector).first().click());
	}

	/**
	 * The path and query of the page shown.
	 */
	String path() {
		return this.page.url().substring(this.base.length());
	}

	/**
	 * Checks the page shown, as a page of this type, and saves its screenshots.
	 */
	void check(String type) {
		String name = this.language + "-" + type;
		String where = type + " (" + path() + ")";
		this.page
			.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
		SoftAssertions checks = new SoftAssertions();
		checks.assertThat(this.page.locator("h1").count()).as("%s: h1 elements", where).isEqualTo(1);
		checks.assertThat(this.page.title()).as("%s: title", where).isNotBlank();
		checks.assertThat(this.page.locator("html").getAttribute("lang"))
			.as("%s: lang", where)
			.isEqualTo(this.language);
		checks.assertThat(violations()).as("%s: WCAG 2.1 A and AA violations", where).isEmpty();
		checks.assertThat(HtmlValidator.errors(this.document.text())).as("%s: HTML errors", where).isEmpty();
		checks.assertThat(this.problems).as("%s: script and policy errors", where).isEmpty();
		this.page.setViewportSize(PHONE_WIDTH, HEIGHT);
		try {
			this.page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + "-phone.png")));
			checks.assertThat(this.page.evaluate(WIDER_THAN_THE_SCREEN))
				.as("%s: elements wider than a %d-px-wide screen", where, PHONE_WIDTH)
				.asInstanceOf(InstanceOfAssertFactories.LIST)
				.isEmpty();
		}
		finally {
			this.page.setViewportSize(WIDTH, HEIGHT);
		}
		checks.assertAll();
	}

	private List<String> violations() {
		List<Rule> violations = new AxeBuilder(this.page).withTags(WCAG_21_AA).analyze().getViolations();
		List<String> found = new ArrayList<>();
		for (Rule rule : violations) {
			rule.getNodes()
				.forEach((node) -> found
					.add(rule.getId() + " (" + rule.getHelp() + "): " + node.getTarget() + " " + node.getHtml()));
		}
		return found;
	}

	/**
	 * Opens and checks pages, each given by its type and its path, and reports every
	 * failure at the end rather than the first alone.
	 */
	void checkPages(String[][] pages) {
		SoftAssertions.assertSoftly((softly) -> {
			for (String[] page : pages) {
				softly.assertThat(open(page[1])).as(page[1]).isEqualTo(200);
				softly.check(() -> check(page[0]));
			}
		});
	}

	/**
	 * Saves how the page shown prints, and checks that the print leaves out the site's
	 * navigation and search.
	 */
	void checkPrint(String type) {
		this.page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
		try {
			this.page.screenshot(
					new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(this.language + "-" + type + "-print.png"))
						.setFullPage(true));
			assertThat(this.page.locator(".site-header").isVisible()).as("%s: the header in print", type).isFalse();
			assertThat(this.page.locator("h1").isVisible()).as("%s: the title in print", type).isTrue();
		}
		finally {
			this.page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
		}
	}

	/**
	 * Another tab of the same browser, sharing this one's cookies (and so its sign-in).
	 */
	Tab another() {
		return new Tab(this.context, this.base, this.language, false);
	}

	@Override
	public void close() {
		if (this.ownsContext) {
			this.context.close();
		}
		else {
			this.page.close();
		}
	}

}
