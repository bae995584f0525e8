package org.asprecords.support;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.Ordered;

/**
 * Counts the JDBC statements the application executes, so that structural tests can say
 * how many statements a page may cost. Every {@link DataSource} bean is wrapped in a
 * datasource-proxy, so Hibernate's statements, Flyway's and those of {@code JdbcClient}
 * are all counted.
 * <p>
 * One execution counts once: a query, an update, or a whole JDBC batch. The statements of
 * every thread are counted (the portal runs nothing in the background); a MockMvc request
 * runs on the test's own thread, so a test that calls {@link #reset()}, performs a
 * request and then reads {@link #count()} sees exactly that request's statements.
 * <p>
 * {@link IntegrationTest} registers it; inject it with
 * {@code @Autowired SqlStatementCounter statements}: <pre class="code">
 * statements.reset();
 * assertThat(mvc.get().uri("/sessions")).hasStatusOk();
 * assertThat(statements.count()).as("%s", statements.statements()).isLessThanOrEqualTo(3);
 * </pre>
 */
public class SqlStatementCounter implements BeanPostProcessor, Ordered {

	/**
	 * How many SQL texts {@link #statements()} keeps: enough to explain a failed count,
	 * not so many that the statements of a whole startup pile up.
	 */
	static final int KEPT_STATEMENTS = 200;

	private final List<String> executed = new ArrayList<>();

	private int count;

	private final QueryExecutionListener listener = new QueryExecutionListener() {

		@Override
		public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
		}

		@Override
		public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
			record(queries);
		}

	};

	/**
	 * Forgets the statements executed so far.
	 */
	public synchronized void reset() {
		this.executed.clear();
		this.count = 0;
	}

	/**
	 * How many statements were executed since the last {@link #reset()} (or since the
	 * context started).
	 * @return the number of statements
	 */
	public synchronized int count() {
		return this.count;
	}

	/**
	 * The statements executed since the last {@link #reset()}, oldest first, for
	 * assertion messages: the first {@value #KEPT_STATEMENTS} of them. A batch shows as
	 * its SQL texts joined by {@code ";\n"}.
	 * @return a copy of the SQL texts
	 */
	public synchronized List<String> statements() {
		return List.copyOf(this.executed);
	}

	private synchronized void record(List<QueryInfo> queries) {
		this.count++;
		if (this.executed.size() >= KEPT_STATEMENTS) {
			return;
		}
		List<String> sql = new ArrayList<>(queries.size());
		for (QueryInfo query : queries) {
			sql.add(query.getQuery());
		}
		this.executed.add(String.join(";\n", sql));
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
			return ProxyDataSourceBuilder.create(beanName, dataSource).listener(this.listener).build();
		}
		return bean;
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
