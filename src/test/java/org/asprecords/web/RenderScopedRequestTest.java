package org.asprecords.web;

import java.util.Collections;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class RenderScopedRequestTest {

	@Test
	void aTemplateReadsTheRequestsAttributesAndKeepsItsOwnToItself() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setAttribute("_csrf", "token");
		request.setAttribute("shadowed", "request's");
		RenderScopedRequest render = new RenderScopedRequest(request);

		render.setAttribute("resolution", "Res.4");
		render.setAttribute("shadowed", "template's");
		assertThat(render.getAttribute("_csrf")).isEqualTo("token");
		assertThat(render.getAttribute("resolution")).isEqualTo("Res.4");
		assertThat(render.getAttribute("shadowed")).isEqualTo("template's");
		assertThat(Collections.list(render.getAttributeNames())).containsExactlyInAnyOrder("_csrf", "shadowed",
				"resolution");

		render.removeAttribute("resolution");
		render.removeAttribute("shadowed");
		render.setAttribute("_csrf", null);
		assertThat(render.getAttribute("resolution")).isNull();
		assertThat(render.getAttribute("shadowed")).isNull();
		assertThat(render.getAttribute("_csrf")).isNull();
		assertThat(Collections.list(render.getAttributeNames())).isEmpty();

		assertThat(request.getAttribute("_csrf")).isEqualTo("token");
		assertThat(request.getAttribute("shadowed")).isEqualTo("request's");
		assertThat(request.getAttribute("resolution")).isNull();
	}

}
