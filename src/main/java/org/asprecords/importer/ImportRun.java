package org.asprecords.importer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import org.asprecords.db.RecordEntity;
import org.asprecords.organization.Organization;
import org.asprecords.outcome.Accession;
import org.asprecords.person.Person;
import org.asprecords.resolution.Resolution;
import org.asprecords.session.AssemblySession;
import org.asprecords.state.State;
import org.asprecords.topic.Topic;

/**
 * The state of one import: finds records by their keys (remembering what it found),
 * creates what is absent, brings existing records to the document's values when the
 * import updates, and tallies what it did. A reference to a record that does not exist is
 * an {@link InvalidDocumentException}.
 */
final class ImportRun {

	private final EntityManager entityManager;

	private final ImportMode mode;

	private final ImportReport.Tally tally = new ImportReport.Tally();

	private final Map<String, Object> found = new HashMap<>();

	private final List<Written> written = new ArrayList<>();

	ImportRun(EntityManager entityManager, ImportMode mode) {
		this.entityManager = entityManager;
		this.mode = mode;
	}

	boolean updates() {
		return this.mode == ImportMode.UPDATE;
	}

	ImportReport report() {
		return this.tally.report();
	}

	/**
	 * Returns the record of that key if it exists, filled with the document's values when
	 * the import updates; else fills and persists a new one. Filling sets only what
	 * differs, so a record already as the document says is not written.
	 */
	<T> T upsert(String kind, Optional<T> existing, Supplier<T> factory, Consumer<T> fill) {
		if (existing.isPresent()) {
			if (updates()) {
				if (existing.get() instanceof RecordEntity record) {
					this.written.add(new Written(kind, record, record.isPublished()));
				}
				fill.accept(existing.get());
			}
			this.tally.kept(kind);
			return existing.get();
		}
		T created = factory.get();
		fill.accept(created);
		this.entityManager.persist(created);
		this.tally.created(kind);
		if (created instanceof RecordEntity record) {
			this.written.add(new Written(kind, record, false));
		}
		return created;
	}

	/**
	 * The records this import created or gave the document's values, in that order.
	 */
	List<Written> written() {
		return this.written;
	}

	/**
	 * Makes a collection hold the wanted elements, touching it only when they differ (by
	 * the given identity of an element), so that an unchanged collection is not
	 * rewritten.
	 */
	static <T> void replace(Collection<T> target, List<T> wanted, Function<T, Object> identity) {
		List<Object> current = target.stream().map(identity).toList();
		List<Object> next = wanted.stream().map(identity).toList();
		boolean same = (target instanceof Set) ? Set.copyOf(current).equals(Set.copyOf(next)) : current.equals(next);
		if (!same) {
			target.clear();
			target.addAll(wanted);
		}
	}

	static <T> void replace(Collection<T> target, List<T> wanted) {
		replace(target, wanted, (element) -> element);
	}

	static <T> T required(T value, String where, String field) {
		if (value == null || (value instanceof String text && text.isBlank())) {
			throw new InvalidDocumentException(where + ": \"" + field + "\" is required");
		}
		return value;
	}

	<T> Optional<T> find(Class<T> type, String attribute, Object value) {
		String cacheKey = type.getSimpleName() + '.' + attribute + '=' + value;
		Object cached = this.found.get(cacheKey);
		if (cached != null) {
			return Optional.of(type.cast(cached));
		}
		List<T> results = this.entityManager
			.createQuery("select e from " + type.getSimpleName() + " e where e." + attribute + " = :value", type)
			.setParameter("value", value)
			.getResultList();
		results.stream().findFirst().ifPresent((result) -> this.found.put(cacheKey, result));
		return results.stream().findFirst();
	}

	<T> Optional<T> findInSession(Class<T> type, AssemblySession session, String slug) {
		return this.entityManager
			.createQuery("select e from " + type.getSimpleName() + " e where e.session = :session and e.slug = :slug",
					type)
			.setParameter("session", session)
			.setParameter("slug", slug)
			.getResultStream()
			.findFirst();
	}

	Optional<Accession> accession(AssemblySession session, State state) {
		return this.entityManager
			.createQuery("select a from Accession a where a.session = :session and a.state = :state", Accession.class)
			.setParameter("session", session)
			.setParameter("state", state)
			.getResultStream()
			.findFirst();
	}

	State state(String slug, String where) {
		return required(State.class, "slug", slug, "State", where);
	}

	Person person(String slug, String where) {
		return required(Person.class, "slug", slug, "person", where);
	}

	Organization organization(String slug, String where) {
		return required(Organization.class, "slug", slug, "organization", where);
	}

	AssemblySession session(String slug, String where) {
		return required(AssemblySession.class, "slug", slug, "session", where);
	}

	Resolution resolution(String symbol, String where) {
		return required(Resolution.class, "symbol", symbol, "resolution", where);
	}

	State optionalState(String slug, String where) {
		return (slug != null) ? state(slug, where) : null;
	}

	Person optionalPerson(String slug, String where) {
		return (slug != null) ? person(slug, where) : null;
	}

	Resolution optionalResolution(String symbol, String where) {
		return (symbol != null) ? resolution(symbol, where) : null;
	}

	List<State> states(List<String> slugs, String where) {
		return orEmpty(slugs).stream().map((slug) -> state(slug, where)).toList();
	}

	List<Organization> organizations(List<String> slugs, String where) {
		return orEmpty(slugs).stream().map((slug) -> organization(slug, where)).toList();
	}

	static <E extends Enum<E>> E enumValue(Class<E> type, String value, String where) {
		if (value == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidDocumentException(where + ": \"" + value + "\" is not a known " + type.getSimpleName()
					+ " (expected one of " + List.of(type.getEnumConstants()) + ")");
		}
	}

	static List<String> topics(List<String> keys, String where) {
		for (String key : orEmpty(keys)) {
			if (Topic.fromKey(key).isEmpty()) {
				throw new InvalidDocumentException(where + ": unknown topic \"" + key + "\"");
			}
		}
		return orEmpty(keys);
	}

	static <T> List<T> orEmpty(List<T> list) {
		return (list != null) ? list : List.of();
	}

	private <T> T required(Class<T> type, String attribute, String value, String kind, String where) {
		return find(type, attribute, value)
			.orElseThrow(() -> new InvalidDocumentException(where + ": no " + kind + " \"" + value + "\" is recorded"));
	}

	/**
	 * A record the import wrote.
	 *
	 * @param kind what the report calls its kind ({@code "budgets"})
	 * @param wasPublished whether it was published before the import
	 */
	record Written(String kind, RecordEntity record, boolean wasPublished) {
	}

}
