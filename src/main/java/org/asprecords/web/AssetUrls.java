package org.asprecords.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.ServletContext;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The versioned address of each asset a layout links ({@code /css/portal.css} →
 * {@code /css/portal-5f1c….css}, after the context path), worked out once per asset and
 * kept. Layouts write {@code ${#assets.of('/css/portal.css')}} ({@link TemplateObjects}).
 * <p>
 * Boot's {@code ResourceUrlEncodingFilter} would instead match every link of every page
 * against the asset patterns as it is written (7% of a session page's time), though only
 * a layout's few asset links can change; {@link Assets} turns it off.
 */
@Component
public class AssetUrls implements TemplateObject {

	private final ResourceUrlProvider resources;

	private final String contextPath;

	private final Map<String, String> versioned = new ConcurrentHashMap<>();

	AssetUrls(ResourceUrlProvider resources, ServletContext servlets) {
		this.resources = resources;
		this.contextPath = servlets.getContextPath();
	}

	/**
	 * @param path an asset's path in the portal, as {@link Assets} serves it
	 * @return its address with its content's hash
	 * @throws IllegalStateException if no asset is served at {@code path}: a layout's
	 * mistake, which every page would show
	 */
	public String of(String path) {
		return this.versioned.computeIfAbsent(path, this::resolve);
	}

	private String resolve(String path) {
		String url = this.resources.getForLookupPath(path);
		if (url == null) {
			throw new IllegalStateException("No asset at " + path);
		}
		return this.contextPath + url;
	}

	@Override
	public String templateName() {
		return "assets";
	}

}
