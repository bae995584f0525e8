package org.asprecords.web;

import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * The request as a template sees it while it renders. Thymeleaf keeps every variable of a
 * page (the model, each {@code th:each} and {@code th:with} value) as a request
 * attribute, setting and restoring them at every loop pass and fragment: calls for every
 * element a loop or fragment renders, each passed down the security and session filters'
 * request wrappers to Tomcat, which tells its attribute listeners of every change. Here
 * they live in one map for the length of the render; what the template reads but did not
 * set (the CSRF token, the session) still comes from the request.
 */
final class RenderScopedRequest extends HttpServletRequestWrapper {

	/** Marks an attribute the template removed, hiding the request's own of that name. */
	private static final Object REMOVED = new Object();

	private final Map<String, Object> attributes = new HashMap<>();

	RenderScopedRequest(HttpServletRequest request) {
		super(request);
	}

	@Override
	public Object getAttribute(String name) {
		Object value = this.attributes.get(name);
		if (value == null) {
			return super.getAttribute(name);
		}
		return (value != REMOVED) ? value : null;
	}

	@Override
	public void setAttribute(String name, Object value) {
		this.attributes.put(name, (value != null) ? value : REMOVED);
	}

	@Override
	public void removeAttribute(String name) {
		this.attributes.put(name, REMOVED);
	}

	@Override
	public Enumeration<String> getAttributeNames() {
		Set<String> names = new LinkedHashSet<>(Collections.list(super.getAttributeNames()));
		this.attributes.forEach((name, value) -> {
			if (value == REMOVED) {
				names.remove(name);
			}
			else {
				names.add(name);
			}
		});
		return Collections.enumeration(names);
	}

}
