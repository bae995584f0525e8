package org.asprecords.web.api;

import jakarta.servlet.ServletContext;
import org.asprecords.PortalProperties;

import org.springframework.stereotype.Component;
import org.springframework.web.context.ServletContextAware;

/**
 * The portal's public address ({@code portal.base-url}), kept in its servlet context for
 * {@link Links#absolute(String)}, which records and views call statically: each
 * application context (tests start several) answers with its own setting.
 */
@Component
class PublicAddress implements ServletContextAware {

	private static final String ATTRIBUTE = PublicAddress.class.getName();

	private final String baseUrl;

	PublicAddress(PortalProperties portal) {
		this.baseUrl = portal.baseUrl();
	}

	@Override
	public void setServletContext(ServletContext context) {
		context.setAttribute(ATTRIBUTE, this.baseUrl);
	}

	static String of(ServletContext context) {
		Object baseUrl = context.getAttribute(ATTRIBUTE);
		if (baseUrl == null) {
			throw new IllegalStateException("The portal's public address is not known in this servlet context");
		}
		return (String) baseUrl;
	}

}
