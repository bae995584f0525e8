package org.asprecords.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import org.springframework.stereotype.Component;

/**
 * Every {@link TemplateObject} offered to templates as an expression object:
 * {@code #assets} ({@link AssetUrls}), {@code #paths} ({@link RecordPaths}),
 * {@code #formats} ({@link Formats}) and the features' own. A link's address may not call
 * a bean ({@code @{${@paths.budget(year)}}} is refused), but it may use these:
 * {@code @{${#paths.budget(budget.year)}}}, which still adds the page's language to the
 * link. And unlike a bean reference, an expression on them is compiled once it has run a
 * few times (a tenth of a session page's CPU was spent interpreting {@code @formats}).
 */
@Component
class TemplateObjects extends AbstractDialect implements IExpressionObjectDialect, IExpressionObjectFactory {

	private final Map<String, TemplateObject> objects;

	TemplateObjects(List<TemplateObject> objects) {
		super("portal-objects");
		this.objects = objects.stream()
			.collect(Collectors.toUnmodifiableMap(TemplateObject::templateName, Function.identity()));
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
