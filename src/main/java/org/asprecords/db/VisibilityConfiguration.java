package org.asprecords.db;

import jakarta.persistence.EntityManagerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Lets {@link AllRecords} code see drafts and trashed records.
 */
@Configuration(proxyBeanMethods = false)
class VisibilityConfiguration {

	// An infrastructure advisor, as Spring's own transaction advisor is: the auto-proxy
	// creator that @Transactional registers considers only those.
	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static AllRecordsAdvisor allRecordsAdvisor(ObjectProvider<EntityManagerFactory> entityManagerFactory,
			ObjectProvider<PlatformTransactionManager> transactionManager) {
		return new AllRecordsAdvisor(entityManagerFactory, transactionManager);
	}

}
