package org.asprecords.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;

/**
 * The headless Chromium of the browser tests, started once per JVM: Debian's
 * {@code /usr/bin/chromium} where it is installed ({@code .ci/run} installs it on CI),
 * else the browser Playwright downloads for itself. When none starts, every browser test
 * fails with a message saying what to install; none is skipped.
 */
final class Chromium {

	/**
	 * The languages the browser tests run in, each test once per language (the
	 * {@code lang} parameter of the first page sets it).
	 */
	static final List<String> LANGUAGES = List.of("en", "fr");

	private static final Path SYSTEM_CHROMIUM = Path.of("/usr/bin/chromium");

	/**
	 * No sandbox (CI runs as root), no GPU, and nothing that calls out to the network on
	 * its own. No {@code --user-data-dir}: Playwright makes a fresh profile per launch.
	 */
	private static final List<String> FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
			"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

	private static Browser browser;

	private Chromium() {
	}

	/**
	 * A new tab, with its own cookies, on the portal at this port.
	 */
	static Tab tab(int port, String language) {
		return new Tab(browser().newContext(Tab.options(language)), "http://localhost:" + port, language);
	}

	private static synchronized Browser browser() {
		if (browser == null) {
			browser = launch();
		}
		return browser;
	}

	private static Browser launch() {
		boolean system = Files.isExecutable(SYSTEM_CHROMIUM);
		// Playwright would otherwise download its own browsers first, which fails
		// offline.
		Playwright.CreateOptions creation = new Playwright.CreateOptions()
			.setEnv(system ? Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1") : Map.of());
		BrowserType.LaunchOptions launch = new BrowserType.LaunchOptions().setHeadless(true).setArgs(FLAGS);
		if (system) {
			launch.setExecutablePath(SYSTEM_CHROMIUM);
		}
		Playwright playwright = null;
		try {
			playwright = Playwright.create(creation);
			Browser started = playwright.chromium().launch(launch);
			Playwright running = playwright;
			Runtime.getRuntime().addShutdownHook(new Thread(running::close));
			return started;
		}
		catch (PlaywrightException ex) {
			if (playwright != null) {
				playwright.close();
			}
			throw new IllegalStateException("No Chromium could be started for the browser tests ("
					+ (system ? SYSTEM_CHROMIUM : "Playwright's own download") + "). Install Debian's chromium "
					+ "(apt-get install chromium), as .ci/run does, or let Playwright download its browser: "
					+ ex.getMessage(), ex);
		}
	}

}
