package org.asprecords.web.api;

import org.asprecords.web.Formats;
import org.junit.jupiter.api.Test;
import org.springdoc.core.configuration.SpringDocConfiguration;

import org.springframework.beans.factory.annotation.AnnotatedGenericBeanDefinition;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.core.type.MethodMetadata;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * springdoc's beans wait for their first use; the portal's own beans start as before.
 */
class ApiDocsOnDemandTest {

	@Test
	void springdocBeansAreMadeLazyAndOthersAreLeftAlone() {
		DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
		beans.registerBeanDefinition("springdocConfiguration", new RootBeanDefinition(SpringDocConfiguration.class));
		AnnotationMetadata configuration = AnnotationMetadata.introspect(SpringDocConfiguration.class);
		MethodMetadata factoryMethod = configuration.getDeclaredMethods().iterator().next();
		beans.registerBeanDefinition("springdocBean", new AnnotatedGenericBeanDefinition(configuration, factoryMethod));
		beans.registerBeanDefinition("portalBean", new RootBeanDefinition(Formats.class));

		new ApiDocsOnDemand().postProcessBeanFactory(beans);

		assertThat(beans.getBeanDefinition("springdocConfiguration").isLazyInit()).isTrue();
		assertThat(beans.getBeanDefinition("springdocBean").isLazyInit()).isTrue();
		assertThat(beans.getBeanDefinition("portalBean").isLazyInit()).isFalse();
	}

}
