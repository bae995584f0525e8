package org.asprecords.importer;

import java.util.Map;
import java.util.TreeMap;

/**
 * What an import did, per kind of record: how many were created and how many already
 * existed and were left as they are.
 */
public record ImportReport(Map<String, Integer> created, Map<String, Integer> kept) {

	public int createdTotal() {
		return this.created.values().stream().mapToInt(Integer::intValue).sum();
	}

	public int keptTotal() {
		return this.kept.values().stream().mapToInt(Integer::intValue).sum();
	}

	static final class Tally {

		private final Map<String, Integer> created = new TreeMap<>();

		private final Map<String, Integer> kept = new TreeMap<>();

		void created(String kind) {
			this.created.merge(kind, 1, Integer::sum);
		}

		void kept(String kind) {
			this.kept.merge(kind, 1, Integer::sum);
		}

		ImportReport report() {
			return new ImportReport(Map.copyOf(this.created), Map.copyOf(this.kept));
		}

	}

}
