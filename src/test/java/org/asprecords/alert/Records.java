package org.asprecords.alert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.asprecords.db.RecordEntity;
import org.asprecords.resolution.Resolution;
import org.asprecords.resolution.ResolutionEditor;
import org.asprecords.resolution.ResolutionForm;
import org.asprecords.session.AssemblySession;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records published and corrected as the portal's write paths do it (the admin forms'
 * editor, Hibernate), each in its own committed transaction, and removed afterwards.
 */
final class Records {

	/** The mark of the sources a correction adds, removed afterwards. */
	private static final String CORRECTION = "https://example.org/alert-test-correction";

	private final ResolutionEditor resolutions;

	private final EntityManager entities;

	private final TransactionTemplate transactions;

	private final JdbcClient jdbc;

	private final List<Long> created = new ArrayList<>();

	private final List<String> corrected = new ArrayList<>();

	Records(ResolutionEditor resolutions, EntityManager entities, PlatformTransactionManager transactions,
			JdbcClient jdbc) {
		this.resolutions = resolutions;
		this.entities = entities;
		this.transactions = new TransactionTemplate(transactions);
		this.jdbc = jdbc;
	}

	/** A new resolution, published or a draft, as the admin form enters it. */
	long resolution(String symbol, String session, String title, boolean published) {
		ResolutionForm form = new ResolutionForm();
		form.setSymbol(symbol);
		form.setSession(session);
		form.setTitle(title);
		form.setPublished(published);
		Resolution resolution = this.resolutions.create(form);
		this.created.add(resolution.getId());
		return resolution.getId();
	}

	/** A resolution saved again from its form with a new title. */
	void retitle(long id, String title) {
		ResolutionForm form = this.resolutions.page(id).form();
		form.setTitle(title);
		this.resolutions.update(id, form);
	}

	/** A resolution published, or made a draft, from its form. */
	void publish(long id, boolean published) {
		ResolutionForm form = this.resolutions.page(id).form();
		form.setPublished(published);
		this.resolutions.update(id, form);
	}

	/** A record corrected: one more source. */
	void correct(Class<? extends RecordEntity> type, String table, long id) {
		this.transactions.executeWithoutResult((status) -> {
			RecordEntity record = this.entities.find(type, id);
			List<String> sources = new ArrayList<>(record.getSources());
			sources.add(CORRECTION);
			record.setSources(sources);
		});
		this.corrected.add(table);
	}

	/** A record moved to the trash. */
	void trash(long id) {
		this.transactions
			.executeWithoutResult((status) -> this.entities.find(Resolution.class, id).setDeletedAt(Instant.now()));
	}

	/**
	 * A session published or made a draft through Hibernate, as an admin transaction sees
	 * records ({@code portal.all_records}).
	 */
	void publishSession(String slug, boolean published) {
		this.transactions.executeWithoutResult((status) -> {
			this.entities.createNativeQuery("select set_config('portal.all_records', 'on', true)").getSingleResult();
			Long id = this.jdbc.sql("select id from assembly_session where slug = :slug")
				.param("slug", slug)
				.query(Long.class)
				.single();
			this.entities.find(AssemblySession.class, id).setPublished(published);
		});
	}

	void removeAll() {
		for (String table : this.corrected) {
			this.jdbc.sql("update " + table + " set sources = array_remove(sources, :mark) where :mark = any(sources)")
				.param("mark", CORRECTION)
				.update();
		}
		if (!this.created.isEmpty()) {
			this.jdbc.sql("delete from resolution where id in (:ids)").param("ids", this.created).update();
		}
	}

}
