package org.asprecords.db;

import java.lang.reflect.UndeclaredThrowableException;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;

import org.springframework.aop.support.AopUtils;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.ClassUtils;

/**
 * Runs {@link AllRecords} code with {@code portal.all_records} on for its transaction, so
 * that the restrictions of {@link Visibility} let every record through. Where no
 * transaction is active yet (this advice may run outside the method's own
 * {@code @Transactional}), it starts one, so that the setting is on for exactly the work
 * of the method, whatever the order of the two advices. The setting is local to the
 * transaction ({@code set_config(..., true)}): it ends with it, so a pooled connection
 * never carries it to a public page.
 */
class AllRecordsAdvisor extends DefaultPointcutAdvisor {

	AllRecordsAdvisor(ObjectProvider<EntityManagerFactory> entityManagerFactory,
			ObjectProvider<PlatformTransactionManager> transactionManager) {
		super(new ComposablePointcut(new AnnotationMatchingPointcut(AllRecords.class, true))
			.union(AnnotationMatchingPointcut.forMethodAnnotation(AllRecords.class)),
				new Interceptor(entityManagerFactory, transactionManager));
	}

	/** Marks, among the transaction's resources, that its setting is on already. */
	private static final Object ALL_RECORDS = new Object();

	/**
	 * Whether the current transaction sees every record, drafts and trashed ones included
	 * (what it reads then is not what the public sees).
	 */
	static boolean on() {
		return TransactionSynchronizationManager.hasResource(ALL_RECORDS);
	}

	/** For tests: runs {@code work} as {@link AllRecords} code marks its transaction. */
	static void markedOn(Runnable work) {
		TransactionSynchronizationManager.bindResource(ALL_RECORDS, Boolean.TRUE);
		try {
			work.run();
		}
		finally {
			TransactionSynchronizationManager.unbindResource(ALL_RECORDS);
		}
	}

	private record Interceptor(ObjectProvider<EntityManagerFactory> entityManagerFactory,
			ObjectProvider<PlatformTransactionManager> transactionManager) implements MethodInterceptor {

		@Override
		public Object invoke(MethodInvocation invocation) throws Throwable {
			if (TransactionSynchronizationManager.isActualTransactionActive()) {
				return unfiltered(invocation);
			}
			TransactionTemplate transaction = new TransactionTemplate(this.transactionManager.getObject());
			// Named as @Transactional names its own, after the method: RecordChanges
			// tells
			// the records' writes by that name and marks what is kept out of date at
			// once.
			Object target = invocation.getThis();
			transaction.setName(ClassUtils.getQualifiedMethodName(invocation.getMethod(),
					(target != null) ? AopUtils.getTargetClass(target) : null));
			try {
				return transaction.execute((status) -> {
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
			if (on()) {
				return invocation.proceed();
			}
			EntityManager entityManager = EntityManagerFactoryUtils
				.getTransactionalEntityManager(this.entityManagerFactory.getObject());
			allRecords(entityManager, "on");
			TransactionSynchronizationManager.bindResource(ALL_RECORDS, Boolean.TRUE);
			Object result;
			try {
				result = invocation.proceed();
			}
			catch (Throwable ex) {
				// The transaction may be aborted already: the reset then fails too, and
				// the
				// transaction, which ends the setting with it, cannot go on anyway.
				try {
					allRecords(entityManager, "off");
				}
				catch (RuntimeException resetFailed) {
					ex.addSuppressed(resetFailed);
				}
				throw ex;
			}
			finally {
				TransactionSynchronizationManager.unbindResource(ALL_RECORDS);
			}
			allRecords(entityManager, "off");
			return result;
		}

		private static void allRecords(EntityManager entityManager, String value) {
			entityManager.createNativeQuery("select set_config('portal.all_records', :value, true)")
				.setParameter("value", value)
				.getSingleResult();
		}

	}

}
