package org.asprecords.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.stereotype.Component;

/**
 * Names countries, States and places in the visitor's language, where the records' own
 * names are the sources' English ones (which English pages write): a country from its ISO
 * 3166-1 alpha-2 code by the JDK's CLDR data, except where {@code names/names_<language>}
 * gives the name the Assembly's records use ("République de Corée" rather than CLDR's
 * "Corée du Sud"); a venue or a city from that file, keyed by its English name.
 */
@Component
public class CountryNames {

	/** Every country the JDK knows, by its English name ("Netherlands" to NL). */
	private static final Map<String, String> CODES_BY_ENGLISH_NAME = Locale
		.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2)
		.stream()
		.collect(Collectors.toMap(CountryNames::englishName, Function.identity(), (first, second) -> first));

	/** The names of {@code names/names_<language>.properties}, read once per language. */
	private final Map<String, Properties> names = new ConcurrentHashMap<>();

	/**
	 * The name of each code in each language, worked out once: pages name the same few
	 * hundred States on every request.
	 */
	private final Map<String, String> countries = new ConcurrentHashMap<>();

	/**
	 * The name of the country with the ISO code {@code code} whose record calls it
	 * {@code name}, in the visitor's language; {@code name} where the code is not known.
	 */
	public String name(String code, String name) {
		Locale locale = LocaleContextHolder.getLocale();
		if (code == null || english(locale)) {
			return name;
		}
		return this.countries.computeIfAbsent(locale.getLanguage() + "/" + code, (key) -> {
			String own = names(locale).getProperty("country." + code);
			return (own != null) ? own : new Locale.Builder().setRegion(code).build().getDisplayCountry(locale);
		});
	}

	/**
	 * Whether the visitor's language is another than the records' own (English), so that
	 * pages name countries otherwise than the records do.
	 */
	public boolean translated() {
		return !english(LocaleContextHolder.getLocale());
	}

	/**
	 * A country that a record names in English ("United States"), in the visitor's
	 * language; as written where no country has that English name.
	 */
	public String country(String englishName) {
		return (englishName != null) ? name(CODES_BY_ENGLISH_NAME.get(englishName), englishName) : null;
	}

	/**
	 * A venue or a city that a record names in English ("The Hague"), in the visitor's
	 * language where it has a name of its own in it; as written otherwise (a proper
	 * name).
	 */
	public String place(String englishName) {
		Locale locale = LocaleContextHolder.getLocale();
		if (englishName == null || english(locale)) {
			return englishName;
		}
		String key = "place." + englishName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
		return names(locale).getProperty(key, englishName);
	}

	private static boolean english(Locale locale) {
		return locale.getLanguage().equals(Locale.ENGLISH.getLanguage());
	}

	private Properties names(Locale locale) {
		return this.names.computeIfAbsent(locale.getLanguage(), (language) -> {
			ClassPathResource file = new ClassPathResource("names/names_" + language + ".properties");
			try {
				return file.exists() ? PropertiesLoaderUtils.loadProperties(new EncodedResource(file, "UTF-8"))
						: new Properties();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("The names of " + file.getPath() + " cannot be read", ex);
			}
		});
	}

	private static String englishName(String code) {
		return new Locale.Builder().setRegion(code).build().getDisplayCountry(Locale.ENGLISH);
	}

}
