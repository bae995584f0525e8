package org.asprecords.web;

import java.util.List;
import java.util.stream.IntStream;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

/**
 * The links of a paged list, built once here for every list: each link keeps the current
 * filters and changes only {@code page} (numbered from 1 in URLs).
 *
 * @param number the current page, from 1
 * @param totalPages how many pages there are
 * @param totalElements how many records the list holds
 * @param previous the previous page's URL, or {@code null} on the first
 * @param next the next page's URL, or {@code null} on the last
 * @param pages links to the pages around the current one
 */
public record Pagination(int number, int totalPages, long totalElements, String previous, String next,
		List<PageLink> pages) {

	public static final int PAGE_SIZE = 20;

	/**
	 * A request for the whole list at once, in one query (the CSV downloads): a list is
	 * never near this long.
	 */
	public static final Pageable EVERYTHING = PageRequest.of(0, Integer.MAX_VALUE);

	/**
	 * The highest page number a request may name: its first row's offset must fit the
	 * {@code int} that JPA's {@code setFirstResult} takes. Far beyond any list's length.
	 */
	static final int MAX_PAGE = Integer.MAX_VALUE / PAGE_SIZE;

	private static final int AROUND = 3;

	/**
	 * A request for page {@code page} (from 1; numbers below 1 mean the first page,
	 * numbers above {@link #MAX_PAGE} that page, which {@link #of} then answers as
	 * missing).
	 */
	public static Pageable request(int page, Sort sort) {
		return PageRequest.of(Math.min(Math.max(page, 1), MAX_PAGE) - 1, PAGE_SIZE, sort);
	}

	/**
	 * The links of a page of a list.
	 * @throws PageNotFoundException if the page lies beyond the list's last page (a list
	 * always has its first page, even empty)
	 */
	public static Pagination of(Page<?> page) {
		requireExisting(page);
		int current = page.getNumber() + 1;
		int total = page.getTotalPages();
		List<PageLink> links = IntStream
			.rangeClosed(Math.max(1, current - AROUND), Math.min(Math.max(total, 1), current + AROUND))
			.mapToObj((n) -> new PageLink(n, url(n), n == current))
			.toList();
		return new Pagination(current, total, page.getTotalElements(), (current > 1) ? url(current - 1) : null,
				(current < total) ? url(current + 1) : null, links);
	}

	/**
	 * Refuses a page beyond the last, so that a list's addresses end where it does.
	 * @throws PageNotFoundException if the page lies beyond the list's last page
	 */
	public static void requireExisting(Page<?> page) {
		if (page.getNumber() > 0 && page.getNumber() >= page.getTotalPages()) {
			throw new PageNotFoundException(Math.max(page.getTotalPages(), 1));
		}
	}

	public boolean needed() {
		return this.totalPages > 1;
	}

	/** The address of another page of the current list, filters kept. */
	static String url(int page) {
		UriComponents components = ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam("page", page)
			.build();
		return components.getPath() + '?' + components.getQuery();
	}

	public record PageLink(int number, String url, boolean current) {
	}

}
