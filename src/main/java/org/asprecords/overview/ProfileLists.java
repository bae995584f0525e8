package org.asprecords.overview;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import org.asprecords.db.CountedPage;
import org.asprecords.db.NotFoundException;
import org.asprecords.db.RecordsCache;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * Reads the lists of profiles' pages, so that a page's work is bounded by what it shows
 * whatever refers to the record: how many records each list holds is counted in one query
 * for all the lists, kept until a save ({@link RecordsCache}); then each list that holds
 * any reads its first {@link #SHOWN} in one query, in an order its indexes serve. A list
 * the record lacks costs no query. With 100 times the shipped records the Republic of
 * Korea's page listed 801 candidacies and 600 nationals and cost about a second of CPU.
 */
@Component
public class ProfileLists {

	/**
	 * How many records of each list a profile's page shows at most: as many as the
	 * session page shows of each kind, so that every shipped profile shows all of its
	 * records.
	 */
	public static final int SHOWN = 15;

	/** The first records of a list, as many as the page shows. */
	public static final Pageable FIRST = PageRequest.of(0, SHOWN);

	private final EntityManager entityManager;

	private final RecordsCache cache;

	ProfileLists(EntityManager entityManager, RecordsCache cache) {
		this.entityManager = entityManager;
		this.cache = cache;
	}

	/**
	 * The first page of each list of the record.
	 * @param read reads a page of a list of the record
	 */
	public <R, L extends Enum<L> & ProfileList> Profile<R, L> profile(R record, long id, Class<L> lists,
			BiFunction<L, Pageable, List<?>> read) {
		Map<L, Long> counts = counts(lists, id);
		Map<L, Page<?>> pages = new EnumMap<>(lists);
		counts.forEach((list, total) -> pages.put(list, CountedPage.of(total, FIRST, () -> read.apply(list, FIRST))));
		return new Profile<>(record, pages);
	}

	/**
	 * A page of one list of the record.
	 * @param read reads a page of the list
	 */
	public <R, L extends Enum<L> & ProfileList> ProfileRecords<R, L> records(R record, long id, L list,
			Pageable pageable, BiFunction<L, Pageable, List<?>> read) {
		long total = counts(list.getDeclaringClass(), id).get(list);
		return new ProfileRecords<>(record, list, CountedPage.of(total, pageable, () -> read.apply(list, pageable)));
	}

	/**
	 * The list at this path below a profile's address.
	 * @throws NotFoundException if the profile has no such list
	 */
	public static <L extends Enum<L> & ProfileList> L ofPath(Class<L> lists, String path) {
		return Arrays.stream(lists.getEnumConstants())
			.filter((list) -> list.getPath().equals(path))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("list"));
	}

	private <L extends Enum<L> & ProfileList> Map<L, Long> counts(Class<L> lists, long id) {
		return this.cache.get("profile-counts/" + lists.getSimpleName() + "/" + id, () -> countNow(lists, id));
	}

	/**
	 * Every list's count in one statement, as subqueries of a select without a from.
	 */
	private <L extends Enum<L> & ProfileList> Map<L, Long> countNow(Class<L> lists, long id) {
		L[] all = lists.getEnumConstants();
		String select = Arrays.stream(all)
			.map((list) -> "(" + list.count() + ")")
			.collect(Collectors.joining(", ", "select ", ""));
		Tuple counted = this.entityManager.createQuery(select, Tuple.class).setParameter("id", id).getSingleResult();
		Map<L, Long> counts = new EnumMap<>(lists);
		for (L list : all) {
			counts.put(list, counted.get(list.ordinal(), Long.class));
		}
		return counts;
	}

}
