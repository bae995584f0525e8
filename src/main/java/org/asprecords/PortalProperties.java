package org.asprecords;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The portal's own settings ({@code portal.*}); environment variables such as
 * {@code PORTAL_DATA_DIR} bind to them.
 *
 * @param dataDir where the embedded database keeps its files between runs
 * @param baseUrl the portal's public address ({@code PORTAL_BASE_URL}), as
 * {@code https://records.example.org}: every absolute link the portal writes (canonical
 * links, feeds, the sitemap, the API, CSV files, citations) starts with it, never with
 * the Host or X-Forwarded-Host a request carries, which a client can forge
 * @param sessionLifetime how long a signed-in session may last, however active, before
 * its editor signs in again
 * @param embeddedDatabase the embedded PostgreSQL server started when no datasource URL
 * is configured
 * @param records the records shipped with the portal
 */
@Validated
@ConfigurationProperties("portal")
public record PortalProperties(@NotNull @DefaultValue("./data") Path dataDir,
		@NotNull @Pattern(regexp = "https?://[^/?#@\\s]+(/[^?#\\s]*)?",
				message = "must be the portal's public address, such as https://records.example.org") String baseUrl,
		@NotNull @DefaultValue("12h") Duration sessionLifetime, @DefaultValue EmbeddedDatabase embeddedDatabase,
		@DefaultValue Records records) {

	public PortalProperties {
		// links are written as base + "/path"
		baseUrl = (baseUrl != null) ? baseUrl.replaceFirst("/+$", "") : null;
	}

	/**
	 * @param enabled whether the portal may start its own PostgreSQL server (tests switch
	 * it off)
	 * @param port a fixed port, so that a server left running by a killed portal is found
	 * and reused
	 * @param password the superuser's password on a new data directory
	 * ({@code PORTAL_EMBEDDED_DATABASE_PASSWORD}, for tools that reach the database
	 * directly, such as a benchmark); random when unset. Once made, it is kept in
	 * {@code postgres.password} in the data directory, which wins over this setting.
	 */
	public record EmbeddedDatabase(@DefaultValue("true") boolean enabled,
			@Min(1024) @Max(65535) @DefaultValue("54329") int port, @Pattern(regexp = "([A-Za-z0-9_-]{16,100})?",
					message = "must be 16 to 100 letters, digits, - or _") String password) {
	}

	/**
	 * @param loadOnStartup whether the shipped records are loaded when the portal starts
	 * @param location where the shipped session documents are
	 */
	public record Records(@DefaultValue("true") boolean loadOnStartup,
			@DefaultValue("classpath:records/") String location) {
	}

}
