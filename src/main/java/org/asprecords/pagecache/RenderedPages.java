package org.asprecords.pagecache;

import org.asprecords.db.RecordChanges;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.util.unit.DataSize;

/**
 * The public pages this instance keeps, by address (which names the language), within a
 * bound on the bytes they hold: the least used make room. A page is served only while the
 * records are in the state it was rendered at ({@link RecordChanges}); an outdated one
 * stays until it is rendered again, to be served should the database be away meanwhile.
 */
class RenderedPages {

	private final Cache<String, RenderedPage> pages;

	private final long largest;

	RenderedPages(DataSize capacity) {
		this.largest = capacity.toBytes() / 16;
		this.pages = Caffeine.newBuilder()
			.maximumWeight(capacity.toBytes())
			.weigher((String key, RenderedPage page) -> page.weight() + 2 * key.length())
			.build();
	}

	RenderedPage get(String key) {
		return this.pages.getIfPresent(key);
	}

	void put(String key, RenderedPage page) {
		if (page.weight() <= this.largest) {
			this.pages.put(key, page);
		}
	}

	long size() {
		return this.pages.estimatedSize();
	}

}
