package org.asprecords.web;

import org.asprecords.db.NotFoundException;

/**
 * A page number beyond a list's last page: answered with the friendly 404 page, which
 * says how many pages the list has.
 */
public class PageNotFoundException extends NotFoundException {

	private final int lastPage;

	public PageNotFoundException(int lastPage) {
		super("page");
		this.lastPage = lastPage;
	}

	public int lastPage() {
		return this.lastPage;
	}

}
