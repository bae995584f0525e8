package org.asprecords.web.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import org.asprecords.web.Pagination;

import org.springframework.data.domain.Page;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One page of a list, with where the other pages are: the same address with another
 * {@code page}, filters kept.
 *
 * @param items the records of this page
 * @param page which page, of how many, of how many records
 * @param links {@code self}, {@code first}, {@code last}, and {@code prev} and
 * {@code next} where they exist
 */
public record ApiPage<T>(List<T> items, PageInfo page, Map<String, String> links) {

	public static <E, T> ApiPage<T> of(Page<E> page, Function<E, T> item) {
		Pagination.requireExisting(page);
		int number = page.getNumber() + 1;
		int last = Math.max(page.getTotalPages(), 1);
		Map<String, String> links = new LinkedHashMap<>();
		links.put("self", pageUri(number));
		links.put("first", pageUri(1));
		if (number > 1) {
			links.put("prev", pageUri(number - 1));
		}
		if (number < last) {
			links.put("next", pageUri(number + 1));
		}
		links.put("last", pageUri(last));
		return new ApiPage<>(page.getContent().stream().map(item).toList(),
				new PageInfo(number, page.getSize(), page.getTotalElements(), last), links);
	}

	private static String pageUri(int page) {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		String query = UriComponentsBuilder.newInstance()
			.query(request.getQueryString())
			.replaceQueryParam("page", page)
			.build()
			.getQuery();
		return Links.absolute(request.getRequestURI().substring(request.getContextPath().length()) + "?" + query);
	}

	/**
	 * @param number the page, from 1
	 */
	public record PageInfo(int number, int size, long totalElements, int totalPages) {

	}

}
