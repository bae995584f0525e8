package org.asprecords.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.asprecords.db.FieldRejectedException;
import org.asprecords.db.RecordEntity;
import org.asprecords.organization.Organization;
import org.asprecords.outcome.Accession;
import org.asprecords.person.Person;
import org.asprecords.resolution.Resolution;
import org.asprecords.session.AssemblyPresident;
import org.asprecords.session.AssemblySession;
import org.asprecords.session.SessionRecord;
import org.asprecords.state.State;
import org.asprecords.topic.Topic;

/**
 * The state of one import: finds records by their keys, creates what is absent, brings
 * existing records to the document's values when the import updates, and tallies what it
 * did. A reference to a record that does not exist is an {@link InvalidDocumentException}
 * naming the field.
 * <p>
 * Records are looked up in bulk, never one query per entry: {@link #preload} reads the
 * records of all the keys a document names in a few queries, and the records of a kind in
 * a session are read together the first time one is asked for. Every record found or
 * created is remembered, so that a later reference to it costs nothing. (A query per
 * entry would also make Hibernate check every record already loaded before each query,
 * and an import of thousands of records quadratic.)
 */
final class ImportRun {

	/** How many keys one query asks for. */
	private static final int CHUNK = 1000;

	private final EntityManager entityManager;

	private final ImportMode mode;

	private final ImportReport.Tally tally = new ImportReport.Tally();

	/** Records found or created, by key ({@code Person.slug=jane-doe}). */
	private final Map<String, Object> known = new HashMap<>();

	/** Keys that no record has. */
	private final Set<String> absent = new HashSet<>();

	/** Kinds of record (in a session) all of whose records are in {@link #known}. */
	private final Set<String> loaded = new HashSet<>();

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
	 * @param path the JSON path of the record's entry
	 */
	<T> T upsert(String kind, String path, Lookup<T> lookup, Supplier<T> factory, Consumer<T> fill) {
		if (lookup.record().isPresent()) {
			T existing = lookup.record().get();
			if (updates()) {
				if (existing instanceof RecordEntity record) {
					this.written.add(new Written(kind, path, record, record.isPublished()));
				}
				fill(path, existing, fill);
			}
			this.tally.kept(kind);
			return existing;
		}
		T created = factory.get();
		fill(path, created, fill);
		this.entityManager.persist(created);
		this.known.put(lookup.key(), created);
		this.absent.remove(lookup.key());
		this.tally.created(kind);
		if (created instanceof RecordEntity record) {
			this.written.add(new Written(kind, path, record, false));
		}
		return created;
	}

	/**
	 * Gives a record the entry's values; a rule of the records they break is reported at
	 * its field in the entry, with the message a form would show.
	 */
	private static <T> void fill(String path, T record, Consumer<T> fill) {
		try {
			fill.accept(record);
		}
		catch (FieldRejectedException ex) {
			throw InvalidDocumentException.broken(DocumentPath.field(path, ex.field()), ex.messageKey(),
					ex.arguments());
		}
	}

	/**
	 * The records this import created or gave the document's values, in that order.
	 */
	List<Written> written() {
		return this.written;
	}

	/**
	 * Reads the records of these keys in a few queries, so that finding them (or finding
	 * that they do not exist) costs no query.
	 */
	<T> void preload(Class<T> type, String attribute, Collection<?> values) {
		List<Object> wanted = values.stream()
			.filter(Objects::nonNull)
			.distinct()
			.filter((value) -> !this.known.containsKey(key(type, attribute, value))
					&& !this.absent.contains(key(type, attribute, value)))
			.collect(Collectors.toList());
		for (int from = 0; from < wanted.size(); from += CHUNK) {
			List<Object> chunk = wanted.subList(from, Math.min(from + CHUNK, wanted.size()));
			List<Object[]> rows = this.entityManager
				.createQuery("select e." + attribute + ", e from " + type.getSimpleName() + " e where e." + attribute
						+ " in :values", Object[].class)
				.setParameter("values", chunk)
				.getResultList();
			rows.forEach((row) -> this.known.put(key(type, attribute, row[0]), row[1]));
			chunk.forEach((value) -> {
				if (!this.known.containsKey(key(type, attribute, value))) {
					this.absent.add(key(type, attribute, value));
				}
			});
		}
	}

	/** The record of that key, if any (for {@link #upsert}). */
	<T> Lookup<T> byKey(Class<T> type, String attribute, Object value) {
		String key = key(type, attribute, value);
		if (!this.known.containsKey(key) && !this.absent.contains(key)) {
			preload(type, attribute, List.of(value));
		}
		return new Lookup<>(key, Optional.ofNullable(type.cast(this.known.get(key))));
	}

	<T> Optional<T> find(Class<T> type, String attribute, Object value) {
		return byKey(type, attribute, value).record();
	}

	/**
	 * The record of a kind with that slug in a session; the first call for a kind and a
	 * session reads all of them.
	 */
	<T extends SessionRecord> Lookup<T> inSession(Class<T> type, AssemblySession session, String slug) {
		String scope = type.getSimpleName() + "@" + session.getSlug();
		loadOnce(scope, session,
				() -> this.entityManager
					.createQuery("select e from " + type.getSimpleName() + " e where e.session = :session", type)
					.setParameter("session", session)
					.getResultList(),
				SessionRecord::getSlug);
		String key = scope + ".slug=" + slug;
		return new Lookup<>(key, Optional.ofNullable(type.cast(this.known.get(key))));
	}

	/** The accession of a State announced at a session. */
	Lookup<Accession> accession(AssemblySession session, State state) {
		String scope = "Accession@" + session.getSlug();
		loadOnce(scope, session, () -> this.entityManager
			.createQuery("select a from Accession a join fetch a.state where a.session = :session", Accession.class)
			.setParameter("session", session)
			.getResultList(), (accession) -> accession.getState().getSlug());
		String key = scope + ".slug=" + state.getSlug();
		return new Lookup<>(key, Optional.ofNullable((Accession) this.known.get(key)));
	}

	/**
	 * The presidency of a person that began at a session (or with no known start); all of
	 * them are read together, as there are a few dozen at most.
	 */
	Lookup<AssemblyPresident> president(String person, String fromSession) {
		String scope = "AssemblyPresident";
		if (this.loaded.add(scope)) {
			this.entityManager
				.createQuery("select p from AssemblyPresident p join fetch p.person left join fetch p.fromSession",
						AssemblyPresident.class)
				.getResultList()
				.forEach((president) -> this.known.put(
						presidentKey(president.getPerson().getSlug(),
								(president.getFromSession() != null) ? president.getFromSession().getSlug() : null),
						president));
		}
		String key = presidentKey(person, fromSession);
		return new Lookup<>(key, Optional.ofNullable((AssemblyPresident) this.known.get(key)));
	}

	private static String presidentKey(String person, String fromSession) {
		return "AssemblyPresident." + person + ".from=" + fromSession;
	}

	private <T> void loadOnce(String scope, AssemblySession session, Supplier<List<T>> query,
			Function<T, String> slug) {
		if (this.loaded.add(scope) && session.getId() != null) {
			query.get().forEach((record) -> this.known.put(scope + ".slug=" + slug.apply(record), record));
		}
	}

	private static String key(Class<?> type, String attribute, Object value) {
		return type.getSimpleName() + "." + attribute + "=" + value;
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

	/** Calls the action with each entry of a list and its path. */
	static <T> void each(List<T> entries, String list, BiConsumer<T, String> action) {
		for (int index = 0; index < entries.size(); index++) {
			action.accept(entries.get(index), DocumentPath.entry(list, index));
		}
	}

	static <T> T required(T value, String path) {
		if (value == null || (value instanceof String text && text.isBlank())) {
			throw new InvalidDocumentException(path, "required");
		}
		return value;
	}

	State state(String slug, String path) {
		return required(State.class, "slug", slug, "state", path);
	}

	Person person(String slug, String path) {
		return required(Person.class, "slug", slug, "person", path);
	}

	Organization organization(String slug, String path) {
		return required(Organization.class, "slug", slug, "organization", path);
	}

	AssemblySession session(String slug, String path) {
		return required(AssemblySession.class, "slug", slug, "session", path);
	}

	Resolution resolution(String symbol, String path) {
		return required(Resolution.class, "symbol", symbol, "resolution", path);
	}

	State optionalState(String slug, String path) {
		return (slug != null) ? state(slug, path) : null;
	}

	Person optionalPerson(String slug, String path) {
		return (slug != null) ? person(slug, path) : null;
	}

	Resolution optionalResolution(String symbol, String path) {
		return (symbol != null) ? resolution(symbol, path) : null;
	}

	List<State> states(List<String> slugs, String path) {
		List<State> states = new ArrayList<>();
		each(orEmpty(slugs), path, (slug, at) -> states.add(state(slug, at)));
		return states;
	}

	List<Organization> organizations(List<String> slugs, String path) {
		List<Organization> organizations = new ArrayList<>();
		each(orEmpty(slugs), path, (slug, at) -> organizations.add(organization(slug, at)));
		return organizations;
	}

	static <E extends Enum<E>> E enumValue(Class<E> type, String value, String path) {
		if (value == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidDocumentException(path, "enum", value,
					Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
		}
	}

	static List<String> topics(List<String> keys, String path) {
		each(orEmpty(keys), path, (key, at) -> {
			if (Topic.fromKey(key).isEmpty()) {
				throw new InvalidDocumentException(at, "topic", key,
						Arrays.stream(Topic.values()).map(Topic::key).collect(Collectors.joining(", ")));
			}
		});
		return orEmpty(keys);
	}

	static <T> List<T> orEmpty(List<T> list) {
		return (list != null) ? list : List.of();
	}

	private <T> T required(Class<T> type, String attribute, String value, String kind, String path) {
		return find(type, attribute, required(value, path))
			.orElseThrow(() -> new InvalidDocumentException(path, "no-" + kind, value));
	}

	/**
	 * The record of a key, if there is one.
	 *
	 * @param key how this run remembers it
	 */
	public record Lookup<T>(String key, Optional<T> record) {
	}

	/**
	 * A record the import wrote.
	 *
	 * @param kind what the report calls its kind ({@code "budgets"})
	 * @param path the JSON path of its entry
	 * @param wasPublished whether it was published before the import
	 */
	public record Written(String kind, String path, RecordEntity record, boolean wasPublished) {
	}

}
