package org.asprecords.web;

import java.util.Set;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import org.springframework.stereotype.Component;

/**
 * {@link RecordPaths} as {@code #paths} in templates: a link writes
 * {@code @{${#paths.budget(budget.year)}}}, since the address of a link expression may
 * not call a bean such as {@code @paths}.
 */
@Component
public class RecordPathsDialect extends AbstractDialect implements IExpressionObjectDialect, IExpressionObjectFactory {

	private final RecordPaths paths;

	RecordPathsDialect(RecordPaths paths) {
		super("paths");
		this.paths = paths;
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return this;
	}

	@Override
	public Set<String> getAllExpressionObjectNames() {
		return Set.of("paths");
	}

	@Override
	public Object buildObject(IExpressionContext context, String name) {
		return this.paths;
	}

	@Override
	public boolean isCacheable(String name) {
		return true;
	}

}
