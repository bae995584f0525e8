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

	private static final int AROUND = 3;

	/**
	 * A request for page {@code page} (from 1; out-of-range values mean the first page).
	 */
	public static Pageable request(int page, Sort sort) {
		return PageRequest.of(Math.max(page, 1) - 1, PAGE_SIZE, sort);
	}

	public static Pagination of(Page<?> page) {
		int current = page.getNumber() + 1;
		int total = page.getTotalPages();
		List<PageLink> links = IntStream
			.rangeClosed(Math.max(1, current - AROUND), Math.min(Math.max(total, 1), current + AROUND))
			.mapToObj((n) -> new PageLink(n, url(n), n == current))
			.toList();
		return new Pagination(current, total, page.getTotalElements(), (current > 1) ? url(current - 1) : null,
				(current < total) ? url(current + 1) : null, links);
	}

	public boolean needed() {
		return this.totalPages > 1;
	}

	private static String url(int page) {
		UriComponents components = ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam("page", page)
			.build();
		return components.getPath() + '?' + components.getQuery();
	}

	public record PageLink(int number, String url, boolean current) {
	}

}
