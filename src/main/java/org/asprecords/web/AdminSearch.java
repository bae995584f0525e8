package org.asprecords.web;

import java.util.Locale;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.ui.Model;

/**
 * What an admin list was asked for: the text searched, cleaned and lowercase (empty for
 * every record), and a page of the list ({@link Pagination}: a page beyond the last is
 * the 404 page, which names the last).
 *
 * @param text the text searched
 * @param pageable the page asked for
 */
public record AdminSearch(String text, Pageable pageable) {

	/**
	 * @param q what was typed in the list's search box
	 * @param page the page asked for, from 1
	 */
	public static AdminSearch of(String q, int page) {
		return new AdminSearch(SearchText.clean(q).toLowerCase(Locale.ROOT), Pagination.request(page, Sort.unsorted()));
	}

	/** The text as a {@code like} pattern. */
	public String pattern() {
		return "%" + this.text + "%";
	}

	/**
	 * Shows the records found under {@code attribute}, with the text searched and the
	 * links to the other pages.
	 */
	public void show(Page<?> found, String attribute, Model model) {
		model.addAttribute("q", this.text);
		model.addAttribute(attribute, found.getContent());
		model.addAttribute("pages", Pagination.of(found));
	}

}
