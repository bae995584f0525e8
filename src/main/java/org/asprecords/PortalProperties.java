package org.asprecords;

import java.nio.file.Path;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The portal's own settings ({@code portal.*}); environment variables such as
 * {@code PORTAL_DATA_DIR} bind to them.
 *
 * @param dataDir where the embedded database keeps its files between runs
 * @param embeddedDatabase the embedded PostgreSQL server started when no datasource URL
 * is configured
 * @param records the records shipped with the portal
 */
@Validated
@ConfigurationProperties("portal")
public record PortalProperties(@NotNull @DefaultValue("./data") Path dataDir,
		@DefaultValue EmbeddedDatabase embeddedDatabase, @DefaultValue Records records) {

	/**
	 * @param enabled whether the portal may start its own PostgreSQL server (tests switch
	 * it off)
	 * @param port a fixed port, so that a server left running by a killed portal is found
	 * and reused
	 */
	public record EmbeddedDatabase(@DefaultValue("true") boolean enabled,
			@Min(1024) @Max(65535) @DefaultValue("54329") int port) {
	}

	/**
	 * @param loadOnStartup whether the shipped records are loaded when the portal starts
	 * @param location where the shipped session documents are
	 */
	public record Records(@DefaultValue("true") boolean loadOnStartup,
			@DefaultValue("classpath:records/") String location) {
	}

}
