package org.asprecords.importer;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import org.asprecords.db.AllRecords;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An editor's import of one session document, in two steps. The preview imports it in a
 * transaction that is always rolled back, and compares the records before and after: so
 * it shows exactly what the import would do, and refuses what the import would refuse,
 * without writing anything. The confirmation imports it for good, all or nothing, if the
 * records it touches are still as previewed.
 * <p>
 * An import updates the records that exist with other values (keeping their id, with a
 * new revision in their history) and creates those that do not; it deletes nothing. A
 * record already as the document says is not written, so importing an unchanged session
 * writes no revision.
 */
@Service
@AllRecords
public class SessionFileImport {

	/**
	 * The most records a session file may hold. The biggest session has a few hundred;
	 * every record is a row written one by one, so this bounds an import's work where the
	 * file's size would allow tens of thousands of small entries.
	 */
	static final int MAX_RECORDS = 20_000;

	private final DocumentReader reader;

	private final DocumentWriter writer;

	private final RecordImporter importer;

	private final EntityManager entityManager;

	private final TransactionTemplate dryRun;

	private final TransactionTemplate transaction;

	SessionFileImport(DocumentReader reader, DocumentWriter writer, RecordImporter importer,
			EntityManager entityManager, PlatformTransactionManager transactions) {
		this.reader = reader;
		this.writer = writer;
		this.importer = importer;
		this.entityManager = entityManager;
		this.dryRun = new TransactionTemplate(transactions);
		this.dryRun.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * @throws InvalidDocumentException if the document cannot be imported, with the
	 * reason
	 */
	public ImportPreview preview(String json, String name) {
		SessionDocument document = read(json, name);
		return guarded(() -> this.dryRun.execute((status) -> {
			status.setRollbackOnly();
			RecordSnapshot before = RecordSnapshot.of(document, this.entityManager, this.writer);
			this.importer.importDocuments(List.of(document), ImportMode.UPDATE);
			this.entityManager.flush();
			RecordSnapshot after = RecordSnapshot.of(document, this.entityManager, this.writer);
			return ImportPreview.of(document.session().slug(), before, after, fingerprint(json, before));
		}));
	}

	/**
	 * Imports the document previewed with that fingerprint.
	 * @return the id of the document's session
	 * @throws StaleImportException if the records changed since the preview
	 * @throws InvalidDocumentException if the document cannot be imported
	 */
	public long confirm(String json, String name, String fingerprint) {
		SessionDocument document = read(json, name);
		return guarded(() -> this.transaction.execute((status) -> {
			RecordSnapshot before = RecordSnapshot.of(document, this.entityManager, this.writer);
			if (!fingerprint(json, before).equals(fingerprint)) {
				throw new StaleImportException(null);
			}
			this.importer.importDocuments(List.of(document), ImportMode.UPDATE);
			this.entityManager.flush();
			return this.entityManager.createQuery("select s.id from AssemblySession s where s.slug = :slug", Long.class)
				.setParameter("slug", document.session().slug())
				.getSingleResult();
		}));
	}

	/**
	 * The fingerprint a preview of the document would give now (for tests, which confirm
	 * without rendering a preview).
	 */
	String fingerprint(String json, String name) {
		SessionDocument document = read(json, name);
		return this.dryRun.execute((status) -> {
			status.setRollbackOnly();
			return fingerprint(json, RecordSnapshot.of(document, this.entityManager, this.writer));
		});
	}

	private SessionDocument read(String json, String name) {
		SessionDocument document = this.reader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
				name);
		if (document.session() == null) {
			throw new InvalidDocumentException("session", "required");
		}
		if (document.recordCount() > MAX_RECORDS) {
			throw new InvalidDocumentException(null, "too-many-records", document.recordCount(), MAX_RECORDS);
		}
		return document;
	}

	/**
	 * Database refusals in plain words (the database's own message names its tables and
	 * constraints, not the document's fields), and concurrent edits as a stale import.
	 */
	private static <T> T guarded(Supplier<T> work) {
		try {
			return work.get();
		}
		catch (OptimisticLockingFailureException | OptimisticLockException ex) {
			throw new StaleImportException(ex);
		}
		catch (DataAccessException | PersistenceException ex) {
			throw new InvalidDocumentException(null, List.of(InvalidDocumentException.Problem.of(null, refusal(ex))),
					ex);
		}
	}

	/** The key of what kind of value the database refused, from its SQLSTATE. */
	private static String refusal(RuntimeException ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null) {
				String state = sql.getSQLState();
				if (state.equals("23505")) {
					return "database-duplicate";
				}
				if (state.startsWith("22")) {
					return "database-value";
				}
				if (state.startsWith("23")) {
					return "database-rule";
				}
			}
		}
		return "database";
	}

	private String fingerprint(String json, RecordSnapshot before) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(json.getBytes(StandardCharsets.UTF_8));
			digest.update(this.writer.text(before.records()).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
