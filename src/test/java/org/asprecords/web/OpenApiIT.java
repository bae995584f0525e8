package org.asprecords.web;

import java.util.Set;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.asprecords.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal describes its JSON API in OpenAPI and shows the description as a page: every
 * endpoint is listed, nothing else.
 */
@IntegrationTest
class OpenApiIT {

	@Autowired
	MockMvcTester mvc;

	@Test
	void theDescriptionListsEveryEndpointOfTheApi() throws Exception {
		MvcTestResult result = this.mvc.get().uri("/v3/api-docs").accept(MediaType.APPLICATION_JSON).exchange();

		assertThat(result).hasStatusOk();
		Map<String, Map<String, Object>> paths = JsonPath.read(result.getResponse().getContentAsString(), "$.paths");
		assertThat(paths.keySet()).contains("/api/v1/sessions", "/api/v1/sessions/{slug}", "/api/v1/resolutions",
				"/api/v1/elections", "/api/v1/elections/{session}/{slug}", "/api/v1/budgets", "/api/v1/budgets/{year}",
				"/api/v1/statements", "/api/v1/statements/{session}/{slug}", "/api/v1/people", "/api/v1/people/{slug}",
				"/api/v1/states", "/api/v1/states/{slug}", "/api/v1/organizations", "/api/v1/organizations/{slug}",
				"/api/v1/search", "/api/v1", "/api/v1/sessions/{session}/side-events/{slug}",
				"/api/v1/sessions/{session}/amendments/{slug}", "/api/v1/sessions/{session}/policies/{slug}",
				"/api/v1/sessions/{session}/decisions/{slug}");
		assertThat(paths.keySet()).allMatch((path) -> path.equals("/api/v1") || path.startsWith("/api/v1/"));
		assertThat(paths.values()).allMatch((operations) -> operations.keySet().equals(Set.of("get")));
	}

	@Test
	void theDescriptionHasAPage() {
		MvcTestResult page = this.mvc.get().uri("/api").accept(MediaType.TEXT_HTML).exchange();
		assertThat(page.getResponse().getStatus()).isBetween(200, 399);
	}

}
