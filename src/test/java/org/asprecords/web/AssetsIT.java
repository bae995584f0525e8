package org.asprecords.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.asprecords.support.ServerTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a browser, a proxy or a CDN gets for the portal's assets and pages on the wire:
 * assets at addresses that name their content, kept a year; pages and data compressed
 * when the client accepts it.
 */
@ServerTest
class AssetsIT {

	@LocalServerPort
	int port;

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	void everyAssetAPageLinksNamesItsContentAndIsKeptAYear() throws Exception {
		Document home = Jsoup.parse(get("/", "identity").body());
		List<String> assets = new ArrayList<>(home.select("link[rel=stylesheet], link[rel=icon]").eachAttr("href"));
		assets.addAll(home.select("script[src]").eachAttr("src"));
		assertThat(assets).hasSizeGreaterThanOrEqualTo(4)
			.allSatisfy((asset) -> assertThat(asset).matches(".*-[0-9a-f]{32}\\.(css|js|svg)"));
		for (String asset : assets) {
			HttpResponse<String> answer = get(asset, "identity");
			assertThat(answer.statusCode()).as(asset).isEqualTo(200);
			assertThat(answer.headers().firstValue("Cache-Control")).as(asset)
				.hasValue("max-age=31536000, public, immutable");
		}
	}

	@Test
	void pagesAndDataAreCompressedForClientsThatAcceptIt() throws Exception {
		for (String page : List.of("/sessions/22", "/api/v1/sessions/22", "/resolutions.csv", "/sitemap.xml",
				"/feeds/all.atom")) {
			HttpResponse<byte[]> compressed = this.client.send(request(page, "gzip"),
					HttpResponse.BodyHandlers.ofByteArray());
			assertThat(compressed.headers().firstValue("Content-Encoding")).as(page).hasValue("gzip");
			String unzipped = new String(
					new GZIPInputStream(new ByteArrayInputStream(compressed.body())).readAllBytes(),
					StandardCharsets.UTF_8);
			String plain = get(page, "identity").body();
			assertThat(unzipped).as(page).isEqualTo(plain);
			assertThat(compressed.body().length).as(page).isLessThan(plain.getBytes(StandardCharsets.UTF_8).length);
		}
	}

	private HttpResponse<String> get(String path, String encoding) throws IOException, InterruptedException {
		return this.client.send(request(path, encoding), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest request(String path, String encoding) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept-Encoding", encoding)
			.build();
	}

}
