package org.asprecords.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.asprecords.PortalProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the records the portal ships with when it starts, before it answers its first
 * request. Documents whose content is unchanged since the last load are not read again;
 * loading creates only what is missing, so an edited record is never overwritten.
 */
@Component
class ShippedRecords implements SmartInitializingSingleton {

	private static final Logger logger = LoggerFactory.getLogger(ShippedRecords.class);

	private final PortalProperties properties;

	private final DocumentReader reader;

	private final RecordImporter importer;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	ShippedRecords(PortalProperties properties, DocumentReader reader, RecordImporter importer, JdbcClient jdbc,
			TransactionTemplate transaction) {
		this.properties = properties;
		this.reader = reader;
		this.importer = importer;
		this.jdbc = jdbc;
		this.transaction = transaction;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (this.properties.records().loadOnStartup()) {
			try {
				statistics(load() != null);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("The shipped records cannot be read", ex);
			}
		}
	}

	/**
	 * Gives PostgreSQL's planner the statistics of the records just loaded, or of tables
	 * it has never had them for. Autovacuum gathers them only once 50 rows and a tenth of
	 * a table have changed, which a table of 40 elections or sessions never reaches: its
	 * queries were planned as if each filter kept one row (nested loops reading a table
	 * once a row), and pages cost up to twice the database time they cost with statistics
	 * (measured: the feed of everything 3.6 against 1.6 ms, the statements 3.0 against
	 * 1.5 ms, a search 2.7 against 2.2 ms). Analysing the shipped records takes well
	 * under a second; a table the portal does not own is skipped with a warning.
	 * @param loaded whether records were just loaded
	 */
	private void statistics(boolean loaded) {
		if (loaded || this.jdbc
			.sql("""
					select exists (select 1 from pg_class
					               where relnamespace = current_schema()::regnamespace and relkind = 'r' and reltuples < 0)""")
			.query(Boolean.class)
			.single()) {
			long start = System.nanoTime();
			this.jdbc.sql("analyze").update();
			logger.info("Gathered the planner's statistics in {} ms", (System.nanoTime() - start) / 1_000_000);
		}
	}

	/**
	 * Imports every shipped document if any of them changed since the last load.
	 * @return what was imported, or {@code null} when nothing had changed
	 */
	ImportReport load() throws IOException {
		long start = System.nanoTime();
		Map<String, byte[]> documents = readAll();
		Map<String, String> hashes = new LinkedHashMap<>();
		documents.forEach((name, content) -> hashes.put(name, sha256(content)));
		if (unchanged(hashes)) {
			logger.info("Shipped records unchanged since the last load ({} documents)", documents.size());
			return null;
		}
		List<SessionDocument> parsed = new ArrayList<>();
		documents.forEach((name, content) -> parsed.add(this.reader.read(new ByteArrayInputStream(content), name)));
		ImportReport report = this.transaction.execute((status) -> {
			ImportReport result = this.importer.importDocuments(parsed);
			hashes.forEach(this::remember);
			return result;
		});
		logger.info("Loaded shipped records from {} documents in {} ms: {} created {}, {} already present",
				documents.size(), (System.nanoTime() - start) / 1_000_000, report.createdTotal(), report.created(),
				report.keptTotal());
		return report;
	}

	private Map<String, byte[]> readAll() throws IOException {
		String location = this.properties.records().location();
		Resource[] resources = new PathMatchingResourcePatternResolver()
			.getResources(location + (location.endsWith("/") ? "" : "/") + "**/*.json");
		Arrays.sort(resources, Comparator.comparing(ShippedRecords::name));
		Map<String, byte[]> documents = new LinkedHashMap<>();
		for (Resource resource : resources) {
			try (InputStream in = resource.getInputStream()) {
				documents.put(name(resource), in.readAllBytes());
			}
		}
		if (documents.isEmpty()) {
			throw new IllegalStateException("No shipped records found at " + location);
		}
		return documents;
	}

	private boolean unchanged(Map<String, String> hashes) {
		Map<String, String> known = new LinkedHashMap<>();
		this.jdbc.sql("select document, content_hash from record_import")
			.query((rs, row) -> known.put(rs.getString(1), rs.getString(2)))
			.list();
		return known.entrySet().containsAll(hashes.entrySet());
	}

	private void remember(String document, String hash) {
		this.jdbc
			.sql("insert into record_import (document, content_hash) values (?, ?) on conflict (document) "
					+ "do update set content_hash = excluded.content_hash, imported_at = now()")
			.params(document, hash)
			.update();
	}

	private static String name(Resource resource) {
		try {
			String uri = resource.getURI().toString();
			return uri.substring(uri.lastIndexOf("records/") + "records/".length());
		}
		catch (IOException ex) {
			return String.valueOf(resource.getFilename());
		}
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
