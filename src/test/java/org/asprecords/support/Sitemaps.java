package org.asprecords.support;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sitemap as a search engine reads it: its index, then each sitemap the index names.
 */
public final class Sitemaps {

	private Sitemaps() {
	}

	/** Every page's address the sitemaps list, in their order. */
	public static List<String> locations(MockMvcTester mvc) {
		List<String> locations = new ArrayList<>();
		for (String sitemap : parts(mvc)) {
			locations.addAll(read(mvc, URI.create(sitemap).getRawPath()).select("url > loc").eachText());
		}
		return locations;
	}

	/** The addresses of the sitemaps that {@code /sitemap.xml} names. */
	public static List<String> parts(MockMvcTester mvc) {
		return read(mvc, "/sitemap.xml").select("sitemapindex > sitemap > loc").eachText();
	}

	/** A sitemap (or the index) as XML, which must answer as XML. */
	public static Document read(MockMvcTester mvc, String path) {
		MvcTestResult result = mvc.get().uri(path).exchange();
		assertThat(result).as(path).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_XML);
		return Jsoup.parse(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8), "",
				Parser.xmlParser());
	}

}
