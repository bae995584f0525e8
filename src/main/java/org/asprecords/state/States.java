package org.asprecords.state;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.asprecords.db.RecordsCache;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How other features read States: the repository stays inside this package, so that every
 * query on States is written here.
 */
@Service
@Transactional(readOnly = true)
public class States {

	private final StateRepository states;

	private final RecordsCache cache;

	private final StateNames names;

	States(StateRepository states, RecordsCache cache, StateNames names) {
		this.states = states;
		this.cache = cache;
		this.names = names;
	}

	/** The records of these slugs, in no order. */
	public List<State> bySlugs(Collection<String> slugs) {
		return this.states.findBySlugIn(slugs);
	}

	public Optional<State> bySlug(String slug) {
		return this.states.findBySlug(slug);
	}

	/** Every State by name: the options of a form. */
	public List<State> byName() {
		return this.states.findAll(Sort.by("name"));
	}

	/**
	 * A page of States by name. How many there are is kept until the records change
	 * ({@link RecordsCache}): counting reads every row.
	 */
	public Page<State> alphabetically(Pageable pageable) {
		long total = this.cache.get("states-shown", this.states::count);
		if (!this.names.translated()) {
			return new PageImpl<>(this.states.findAlphabetically(pageable), pageable, total);
		}
		// Names from CLDR, which PostgreSQL cannot sort by: the order of every State (a
		// few
		// hundred at most, however large the record grows) is worked out here once per
		// language until the records change; a page then reads its own States only.
		List<Long> order = this.cache.get("states-alphabetically/" + this.names.language(), () -> {
			List<State> all = new ArrayList<>(this.states.findAlphabetically(Pageable.unpaged()));
			all.sort(this.names.alphabetically());
			return all.stream().map(State::getId).toList();
		});
		int from = (int) Math.min(pageable.getOffset(), order.size());
		List<Long> ids = order.subList(from, Math.min(from + pageable.getPageSize(), order.size()));
		Map<Long, State> byId = new HashMap<>();
		this.states.findAllById(ids).forEach((state) -> byId.put(state.getId(), state));
		return new PageImpl<>(ids.stream().map(byId::get).filter(Objects::nonNull).toList(), pageable, total);
	}

}
