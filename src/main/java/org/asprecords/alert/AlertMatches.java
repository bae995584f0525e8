package org.asprecords.alert;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.persistence.EntityManagerFactory;
import org.asprecords.db.RecordEntity;
import org.asprecords.kind.RecordKind;
import org.asprecords.search.SearchKind;
import org.asprecords.session.AssemblySession;
import org.hibernate.Hibernate;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes what the alerts follow into the outbox ({@code alert_match}) in the transaction
 * that publishes or corrects it, so that a publication and its alerts commit together or
 * not at all. Hibernate tells of every record it inserts or updates; once the
 * transaction's changes are flushed, just before it commits (where Envers writes the
 * history too), one {@code INSERT … SELECT} per kind of record changed joins the changed
 * public records with the subscriptions that follow them ({@link MatchQueries}). Every
 * write of the portal goes through Hibernate (the admin forms, the session-file import,
 * the shipped records), so every one is seen; a change made with psql is not, and alerts
 * nobody.
 * <p>
 * A record that becomes public (a draft published, a new published record, a record back
 * from the trash) is NEW; a save of a public record is CORRECTED; publishing a session
 * makes its records NEW too. Drafts, records in the trash and records of a draft session
 * match nothing. A record is matched once per version and subscription (a unique
 * constraint), however often it is saved in one transaction.
 */
@Component
class AlertMatches implements PostInsertEventListener, PostUpdateEventListener, InitializingBean {

	/** Fields every save changes or that say nothing of the record's content. */
	private static final Set<String> BOOKKEEPING = Set.of("version", "createdAt", "updatedAt", "publishedAt");

	private final EntityManagerFactory entities;

	private final MatchQueries queries;

	private final Map<Class<?>, RecordKind> kinds = new HashMap<>();

	/** The records changed by each Hibernate session's transaction under way. */
	private final Map<SharedSessionContractImplementor, Changes> pending = new ConcurrentHashMap<>();

	AlertMatches(EntityManagerFactory entities, MatchQueries queries) {
		this.entities = entities;
		this.queries = queries;
		Arrays.stream(RecordKind.values()).forEach((kind) -> this.kinds.put(kind.type(), kind));
	}

	@Override
	public void afterPropertiesSet() {
		EventListenerRegistry listeners = this.entities.unwrap(SessionFactoryImplementor.class)
			.getServiceRegistry()
			.requireService(EventListenerRegistry.class);
		listeners.appendListeners(EventType.POST_INSERT, this);
		listeners.appendListeners(EventType.POST_UPDATE, this);
	}

	@Override
	public void onPostInsert(PostInsertEvent event) {
		if (event.getEntity() instanceof RecordEntity record && isPublic(record)) {
			changed(event.getSession(), record, true, List.of());
		}
	}

	@Override
	public void onPostUpdate(PostUpdateEvent event) {
		if (event.getEntity() instanceof RecordEntity record && isPublic(record)) {
			Object[] before = event.getOldState();
			boolean wasPublic = before == null || wasPublic(event.getPersister(), before);
			changed(event.getSession(), record, !wasPublic, fieldsChanged(event));
		}
	}

	/**
	 * The fields of a record that an update changed, as Hibernate found them dirty: what
	 * a correction's alert says changed. A change to what a record owns alone (an
	 * election's candidates, say) bumps its version without naming a field.
	 */
	private static List<String> fieldsChanged(PostUpdateEvent event) {
		int[] dirty = event.getDirtyProperties();
		if (dirty == null) {
			return List.of();
		}
		String[] names = event.getPersister().getPropertyNames();
		Object[] before = event.getOldState();
		Object[] after = event.getState();
		return Arrays.stream(dirty)
			.filter((index) -> before == null || !sameElements(before[index], after[index]))
			.mapToObj((index) -> names[index])
			.filter((name) -> !BOOKKEEPING.contains(name))
			.toList();
	}

	/**
	 * Whether a collection a form replaced holds what it held: Hibernate counts any
	 * replaced collection as changed.
	 */
	private static boolean sameElements(Object before, Object after) {
		return before instanceof Collection<?> earlier && after instanceof Collection<?> later
				&& new ArrayList<>(earlier).equals(new ArrayList<>(later));
	}

	@Override
	public boolean requiresPostCommitHandling(EntityPersister persister) {
		return false;
	}

	private static boolean isPublic(RecordEntity record) {
		return record.isPublished() && !record.isInTrash();
	}

	private static boolean wasPublic(EntityPersister persister, Object[] state) {
		String[] names = persister.getPropertyNames();
		boolean published = true;
		boolean trashed = false;
		for (int i = 0; i < names.length; i++) {
			if (names[i].equals("published")) {
				published = Boolean.TRUE.equals(state[i]);
			}
			else if (names[i].equals("deletedAt")) {
				trashed = state[i] != null;
			}
		}
		return published && !trashed;
	}

	private void changed(SharedSessionContractImplementor session, RecordEntity record, boolean isNew,
			List<String> fields) {
		Optional<SearchKind> kind = Optional.ofNullable(this.kinds.get(Hibernate.getClass(record)))
			.flatMap(SearchKind::of);
		if (kind.isEmpty()) {
			return;
		}
		Changes changes = this.pending.computeIfAbsent(session, (key) -> {
			TransactionCompletionCallbacks callbacks = key.getTransactionCompletionCallbacks();
			callbacks.registerCallback((TransactionCompletionCallbacks.BeforeCompletionCallback) this::write);
			callbacks.registerCallback((TransactionCompletionCallbacks.AfterCompletionCallback) (success,
					ended) -> this.pending.remove(ended));
			return new Changes();
		});
		changes.add(kind.get(), record.getId(), isNew, fields);
		if (isNew && record instanceof AssemblySession) {
			changes.sessions.add(record.getId());
		}
	}

	private void write(SharedSessionContractImplementor session) {
		Changes changes = this.pending.remove(session);
		if (changes == null) {
			return;
		}
		session.doWork((connection) -> {
			NamedParameterJdbcTemplate jdbc = new NamedParameterJdbcTemplate(
					new SingleConnectionDataSource(connection, true));
			changes.kinds()
				.forEach((kind) -> this.queries.insert(jdbc, kind, changes.ids(kind), changes.newIds(kind),
						changes.fields(kind), changes.sessions));
		});
	}

	/** The public records a transaction wrote, by kind, each with whether it is new. */
	private static final class Changes {

		private final Map<SearchKind, Map<Long, Boolean>> records = new LinkedHashMap<>();

		private final Map<SearchKind, Map<Long, Set<String>>> fields = new LinkedHashMap<>();

		private final Set<Long> sessions = new LinkedHashSet<>();

		void add(SearchKind kind, long id, boolean isNew, List<String> changed) {
			this.records.computeIfAbsent(kind, (key) -> new LinkedHashMap<>()).merge(id, isNew, Boolean::logicalOr);
			this.fields.computeIfAbsent(kind, (key) -> new LinkedHashMap<>())
				.computeIfAbsent(id, (key) -> new LinkedHashSet<>())
				.addAll(changed);
		}

		/** The fields each record of a kind changed, for those that changed some. */
		Map<Long, Set<String>> fields(SearchKind kind) {
			Map<Long, Set<String>> changed = new LinkedHashMap<>();
			this.fields.getOrDefault(kind, Map.of()).forEach((id, names) -> {
				if (!names.isEmpty()) {
					changed.put(id, names);
				}
			});
			return changed;
		}

		Set<SearchKind> kinds() {
			Set<SearchKind> kinds = new LinkedHashSet<>(this.records.keySet());
			if (!this.sessions.isEmpty()) {
				Arrays.stream(SearchKind.values()).filter(SearchKind::inSession).forEach(kinds::add);
			}
			return kinds;
		}

		Set<Long> ids(SearchKind kind) {
			return this.records.getOrDefault(kind, Map.of()).keySet();
		}

		Set<Long> newIds(SearchKind kind) {
			Set<Long> ids = new LinkedHashSet<>();
			this.records.getOrDefault(kind, Map.of()).forEach((id, isNew) -> {
				if (isNew) {
					ids.add(id);
				}
			});
			return ids;
		}

	}

}
