package org.asprecords.organization;

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
 * How other features read organizations: the repository stays inside this package, so
 * that every query on organizations is written here.
 */
@Service
@Transactional(readOnly = true)
public class Organizations {

	/** Counts the parts of the organization whose id is {@code :id}. */
	public static final String PARTS_OF = "select count(o) from Organization o where fk(o.parent) = :id";

	/** Counts the organizations based in the State whose id is {@code :id}. */
	public static final String BASED_IN = "select count(o) from Organization o where fk(o.country) = :id";

	private final OrganizationRepository organizations;

	private final RecordsCache cache;

	Organizations(OrganizationRepository organizations, RecordsCache cache) {
		this.organizations = organizations;
		this.cache = cache;
	}

	/** The records of these slugs, in no order. */
	public List<Organization> bySlugs(Collection<String> slugs) {
		return this.organizations.findBySlugIn(slugs);
	}

	/** An organization with its parent and country, as its page shows them. */
	public Optional<Organization> page(String slug) {
		return this.organizations.findPage(slug);
	}

	/** Every organization by name: the options of a form. */
	public List<Organization> byName() {
		return this.organizations.findAll(Sort.by("name"));
	}

	/** A page of an organization's parts by name; {@link #PARTS_OF} counts them. */
	public List<Organization> partsOf(Organization parent, Pageable pageable) {
		return this.organizations.findByParent(parent.getId(), pageable);
	}

	/**
	 * A page of the organizations based in a State, by name; {@link #BASED_IN} counts
	 * them.
	 */
	public List<Organization> basedIn(State country, Pageable pageable) {
		return this.organizations.findByCountry(country.getId(), pageable);
	}

	/**
	 * A page of organizations by name. How many there are is kept until the records
	 * change ({@link RecordsCache}): counting reads every row.
	 */
	public Page<Organization> alphabetically(Pageable pageable) {
		return new PageImpl<>(this.organizations.findAlphabetically(pageable), pageable,
				this.cache.get("organizations-shown", this.organizations::count));
	}

}
