package org.asprecords.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.spring6.view.ThymeleafView;

/** A Thymeleaf view that renders on a {@link RenderScopedRequest}. */
public class RenderScopedView extends ThymeleafView {

	@Override
	public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		super.render(model, new RenderScopedRequest(request), response);
	}

}
