package org.asprecords.session;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.asprecords.db.NotFoundException;
import org.asprecords.db.RecordsCache;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How other features read sessions: the repository stays inside this package, so that
 * every query on sessions is written here.
 */
@Service
@Transactional(readOnly = true)
public class Sessions {

	private final AssemblySessionRepository sessions;

	private final RecordsCache cache;

	Sessions(AssemblySessionRepository sessions, RecordsCache cache) {
		this.sessions = sessions;
		this.cache = cache;
	}

	public Optional<AssemblySession> bySlug(String slug) {
		return this.sessions.findBySlug(slug);
	}

	/** The sessions of these slugs, oldest first. */
	public List<AssemblySession> bySlugs(Collection<String> slugs) {
		return slugs.isEmpty() ? List.of() : this.sessions.findBySlugs(slugs);
	}

	/**
	 * The first sessions that began in each of these years, at most {@code most} a year,
	 * oldest first.
	 */
	public List<AssemblySession> heldIn(Collection<Integer> years, int most) {
		List<AssemblySession> held = new ArrayList<>();
		for (int year : years) {
			held.addAll(this.sessions.findStartingBetween(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1),
					PageRequest.of(0, most)));
		}
		return held;
	}

	/** A session with the session it resumes, if any, as its page names it. */
	public Optional<AssemblySession> withParent(String slug) {
		return this.sessions.findWithParentBySlug(slug);
	}

	/**
	 * @throws NotFoundException if no session has the id
	 */
	public AssemblySession get(long id) {
		return this.sessions.findById(id).orElseThrow(() -> new NotFoundException("session"));
	}

	/** The sessions of these ids, in no order. */
	public List<AssemblySession> byIds(Long[] ids) {
		return this.sessions.findByIds(ids);
	}

	/**
	 * The sessions an admin form offers: out of the trash, drafts included, newest first.
	 */
	public List<AssemblySession> choices() {
		return this.sessions.findChoices();
	}

	/** The latest session that has begun by {@code today}. */
	public Optional<AssemblySession> latest(LocalDate today) {
		return this.sessions.findFirstByStartDateLessThanEqualOrderByStartDateDesc(today);
	}

	/** The first session after {@code today}, if any is announced. */
	public Optional<AssemblySession> next(LocalDate today) {
		return this.sessions.findFirstByStartDateGreaterThanOrderByStartDateAsc(today);
	}

	public List<AssemblySession> resumptionsOf(AssemblySession session, Pageable pageable) {
		return this.sessions.findResumptions(session, pageable);
	}

	/**
	 * A page of sessions, newest first. How many there are is kept until the records
	 * change ({@link RecordsCache}): counting reads every session.
	 */
	public Page<AssemblySession> newestFirst(Pageable pageable) {
		long total = this.cache.get("sessions-shown", this.sessions::countShown);
		return new PageImpl<>(this.sessions.findNewestFirst(pageable), pageable, total);
	}

}
