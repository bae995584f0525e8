package org.asprecords.web;

import java.util.Map;
import java.util.Set;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import org.springframework.stereotype.Component;

/**
 * What builds the portal's own addresses, offered to templates as expression objects:
 * {@code #assets} ({@link AssetUrls}) and {@code #paths} ({@link RecordPaths}). A link's
 * address may not call a bean ({@code @{${@paths.budget(year)}}} is refused), but it may
 * use these: {@code @{${#paths.budget(budget.year)}}}, which still adds the page's
 * language to the link.
 */
@Component
class LinkObjects extends AbstractDialect implements IExpressionObjectDialect, IExpressionObjectFactory {

	private final Map<String, Object> objects;

	LinkObjects(AssetUrls assets, RecordPaths paths) {
		super("links");
		this.objects = Map.of("assets", assets, "paths", paths);
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return this;
	}

	@Override
	public Set<String> getAllExpressionObjectNames() {
		return this.objects.keySet();
	}

	@Override
	public Object buildObject(IExpressionContext context, String name) {
		return this.objects.get(name);
	}

	@Override
	public boolean isCacheable(String name) {
		return true;
	}

}
