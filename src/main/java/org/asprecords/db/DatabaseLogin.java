package org.asprecords.db;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * Where a PostgreSQL database is and how to sign in to it, as Boot's connection pool,
 * Flyway and the health check take it.
 */
public record DatabaseLogin(String jdbcUrl, String username, String password) implements JdbcConnectionDetails {

	@Override
	public String getJdbcUrl() {
		return this.jdbcUrl;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public String getPassword() {
		return this.password;
	}

}
