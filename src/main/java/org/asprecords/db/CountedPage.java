package org.asprecords.db;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/**
 * A page of records whose number is known beforehand (counted once for several lists, and
 * kept until a save): no query reads a page that lies beyond them, so a list a record
 * lacks costs nothing.
 */
public final class CountedPage {

	private CountedPage() {
	}

	public static <T> Page<T> of(long total, Pageable pageable, Supplier<? extends List<T>> read) {
		List<T> records = (pageable.getOffset() < total) ? read.get() : List.of();
		return new PageImpl<>(records, pageable, total);
	}

}
