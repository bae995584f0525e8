package org.asprecords.importer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import org.asprecords.organization.Organization;
import org.asprecords.person.Person;
import org.asprecords.resolution.Resolution;
import org.asprecords.session.AssemblySession;
import org.asprecords.state.State;
import org.asprecords.topic.Topic;

/**
 * The state of one import: finds records by their keys (remembering what it found),
 * creates what is absent, and tallies both. A reference to a record that does not exist
 * is an {@link InvalidDocumentException}.
 */
final class ImportRun {

	private final EntityManager entityManager;

	private final ImportReport.Tally tally = new ImportReport.Tally();

	private final Map<String, Object> found = new HashMap<>();

	ImportRun(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	ImportReport report() {
		return this.tally.report();
	}

	/**
	 * Returns the record of that key if it exists, else persists the one the factory
	 * makes.
	 */
	<T> T createIfAbsent(String kind, Optional<T> existing, Supplier<T> factory) {
		if (existing.isPresent()) {
			this.tally.kept(kind);
			return existing.get();
		}
		T created = factory.get();
		this.entityManager.persist(created);
		this.tally.created(kind);
		return created;
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

}
