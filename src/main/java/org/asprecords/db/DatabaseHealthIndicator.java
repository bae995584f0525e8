package org.asprecords.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.stereotype.Component;

/**
 * Whether PostgreSQL answers, known within a second: checked on a connection of its own
 * rather than one from the pool, so that a pool taken by slow requests neither delays the
 * answer nor reads as a database down. Boot's own {@code db} indicator, which waits for
 * the pool, is switched off.
 */
@Component
class DatabaseHealthIndicator implements HealthIndicator {

	static final Duration LIMIT = Duration.ofMillis(900);

	private final JdbcConnectionDetails database;

	private final ExecutorService checks = Executors.newCachedThreadPool((task) -> {
		Thread thread = new Thread(task, "database-health");
		thread.setDaemon(true);
		return thread;
	});

	DatabaseHealthIndicator(JdbcConnectionDetails database) {
		this.database = database;
	}

	@Override
	public Health health() {
		CompletableFuture<Boolean> check = CompletableFuture.supplyAsync(this::answers, this.checks);
		try {
			return check.get(LIMIT.toMillis(), TimeUnit.MILLISECONDS) ? Health.up().build()
					: Health.down().withDetail("reason", "no answer").build();
		}
		catch (TimeoutException ex) {
			check.cancel(true);
			return Health.down().withDetail("reason", "no answer within " + LIMIT.toMillis() + " ms").build();
		}
		catch (ExecutionException ex) {
			return Health.down().withDetail("reason", "no answer").build();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Health.unknown().build();
		}
	}

	private boolean answers() {
		Properties properties = new Properties();
		properties.setProperty("user", this.database.getUsername());
		if (this.database.getPassword() != null) {
			properties.setProperty("password", this.database.getPassword());
		}
		properties.setProperty("connectTimeout", "1");
		properties.setProperty("socketTimeout", "1");
		try (Connection connection = DriverManager.getConnection(this.database.getJdbcUrl(), properties)) {
			return connection.isValid(1);
		}
		catch (SQLException ex) {
			return false;
		}
	}

}
