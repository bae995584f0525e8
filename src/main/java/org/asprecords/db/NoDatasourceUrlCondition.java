package org.asprecords.db;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Matches when no {@code spring.datasource.url} is set. {@code @ConditionalOnProperty}
 * cannot express the absence of a property together with another property's value, hence
 * this condition.
 */
class NoDatasourceUrlCondition extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		String url = context.getEnvironment().getProperty("spring.datasource.url");
		if (StringUtils.hasText(url)) {
			return ConditionOutcome.noMatch("spring.datasource.url is set");
		}
		return ConditionOutcome.match("no spring.datasource.url");
	}

}
