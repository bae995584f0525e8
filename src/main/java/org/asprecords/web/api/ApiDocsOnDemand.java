package org.asprecords.web.api;

import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.type.MethodMetadata;
import org.springframework.stereotype.Component;

/**
 * Builds springdoc's beans (the OpenAPI description at {@code /v3/api-docs} and its page
 * at {@code /api}) when they are first asked for instead of at startup.
 *
 * <p>
 * Measured: springdoc's beans and the Jackson 2 and Swagger models they bring are a tenth
 * of the CPU the portal spends before it answers its first page, for two addresses that
 * few visitors open. Spring MVC finds a lazy controller's mappings from its type and
 * creates it on the first request, so the addresses answer as before. Beans another bean
 * needs at startup (a {@code WebMvcConfigurer}, say) are still created then.
 */
@Component
class ApiDocsOnDemand implements BeanFactoryPostProcessor {

	private static final String SPRINGDOC = "org.springdoc.";

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		for (String name : beanFactory.getBeanDefinitionNames()) {
			BeanDefinition definition = beanFactory.getBeanDefinition(name);
			if (fromSpringdoc(definition)) {
				definition.setLazyInit(true);
			}
		}
	}

	private static boolean fromSpringdoc(BeanDefinition definition) {
		String type = definition.getBeanClassName();
		if (type != null && type.startsWith(SPRINGDOC)) {
			return true;
		}
		MethodMetadata factory = (definition instanceof AnnotatedBeanDefinition annotated)
				? annotated.getFactoryMethodMetadata() : null;
		return factory != null && factory.getDeclaringClassName().startsWith(SPRINGDOC);
	}

}
