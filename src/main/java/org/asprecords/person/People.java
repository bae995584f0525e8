package org.asprecords.person;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.asprecords.db.RecordsCache;
import org.asprecords.state.State;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How other features read people: the repository stays inside this package, so that every
 * query on people is written here.
 */
@Service
@Transactional(readOnly = true)
public class People {

	/** Counts the people of the nationality of the State whose id is {@code :id}. */
	public static final String OF_NATIONALITY = "select count(p) from Person p where fk(p.nationality) = :id";

	private final PersonRepository people;

	private final RecordsCache cache;

	People(PersonRepository people, RecordsCache cache) {
		this.people = people;
		this.cache = cache;
	}

	/** The records of these slugs, in no order. */
	public List<Person> bySlugs(Collection<String> slugs) {
		return this.people.findBySlugIn(slugs);
	}

	public Optional<Person> bySlug(String slug) {
		return this.people.findBySlug(slug);
	}

	/** A person with what their page shows of them. */
	public Optional<Person> page(String slug) {
		return this.people.findPage(slug);
	}

	/** Everyone by name: the options of a form. */
	public List<Person> byName() {
		return this.people.findAll(Sort.by("name"));
	}

	/** A page of a State's nationals by name; {@link #OF_NATIONALITY} counts them. */
	public List<Person> ofNationality(State state, Pageable pageable) {
		return this.people.findByNationality(state.getId(), pageable);
	}

	/**
	 * A page of people by name. How many there are is kept until the records change
	 * ({@link RecordsCache}): counting reads every row.
	 */
	public Page<Person> alphabetically(Pageable pageable) {
		return new PageImpl<>(this.people.findAlphabetically(pageable), pageable,
				this.cache.get("people-shown", this.people::count));
	}

}
