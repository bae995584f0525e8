package org.asprecords.db;

import java.lang.reflect.UndeclaredThrowableException;

import jakarta.persistence.EntityManagerFactory;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.hibernate.Session;

import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs {@link AllRecords} code with the {@link Visibility#FILTER} filter turned off for
 * its transaction. Where no transaction is active yet (this advice may run outside the
 * method's own {@code @Transactional}), it starts one, so that the filter is off for
 * exactly the work of the method, whatever the order of the two advices.
 */
class AllRecordsAdvisor extends DefaultPointcutAdvisor {

	AllRecordsAdvisor(ObjectProvider<EntityManagerFactory> entityManagerFactory,
			ObjectProvider<PlatformTransactionManager> transactionManager) {
		super(new ComposablePointcut(new AnnotationMatchingPointcut(AllRecords.class, true))
			.union(AnnotationMatchingPointcut.forMethodAnnotation(AllRecords.class)),
				new Interceptor(entityManagerFactory, transactionManager));
	}

	private record Interceptor(ObjectProvider<EntityManagerFactory> entityManagerFactory,
			ObjectProvider<PlatformTransactionManager> transactionManager) implements MethodInterceptor {

		@Override
		public Object invoke(MethodInvocation invocation) throws Throwable {
			if (TransactionSynchronizationManager.isActualTransactionActive()) {
				return unfiltered(invocation);
			}
			try {
				return new TransactionTemplate(this.transactionManager.getObject()).execute((status) -> {
					try {
						return unfiltered(invocation);
					}
					catch (RuntimeException | Error ex) {
						throw ex;
					}
					catch (Throwable ex) {
						throw new UndeclaredThrowableException(ex);
					}
				});
			}
			catch (UndeclaredThrowableException ex) {
				throw ex.getUndeclaredThrowable();
			}
		}

		private Object unfiltered(MethodInvocation invocation) throws Throwable {
			Session session = EntityManagerFactoryUtils
				.getTransactionalEntityManager(this.entityManagerFactory.getObject())
				.unwrap(Session.class);
			boolean wasEnabled = session.getEnabledFilter(Visibility.FILTER) != null;
			session.disableFilter(Visibility.FILTER);
			try {
				return invocation.proceed();
			}
			finally {
				if (wasEnabled) {
					session.enableFilter(Visibility.FILTER);
				}
			}
		}

	}

}
