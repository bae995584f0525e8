package org.asprecords.db;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What public pages show on every request but what changes only when the records do (the
 * options of the lists' filters, the home page's key figures): each value is computed
 * once and served again while the {@link RecordChanges} state it was computed at is
 * current, so a save on any instance, or in psql, shows at once.
 * <p>
 * The state is read before computing: a save that commits meanwhile moves it, and the
 * value, which may or may not have seen the save, is never served. Nothing is kept while
 * the changes are not heard, and nothing is kept or served inside a read-write
 * transaction: its own uncommitted writes (an editor's save, a test rolled back) must
 * show to it and to nobody else. Nor in {@link AllRecords} code, which sees drafts: what
 * it would keep is not what the public may see.
 */
@Component
public class RecordsCache {

	private final RecordChanges changes;

	private final Map<String, Kept> values = new ConcurrentHashMap<>();

	public RecordsCache(RecordChanges changes) {
		this.changes = changes;
	}

	/**
	 * The value kept under this key, computed now if none is current.
	 * @param key names the value; one key, one type of value
	 * @param compute reads the value from the public records; what it returns is shared
	 * between requests and must not be changed
	 */
	@SuppressWarnings("unchecked")
	public <T> T get(String key, Supplier<T> compute) {
		if (writing() || AllRecordsAdvisor.on() || !this.changes.listening()) {
			return compute.get();
		}
		long state = this.changes.state();
		Kept kept = this.values.get(key);
		if (kept != null && kept.state() == state) {
			return (T) kept.value();
		}
		T value = compute.get();
		this.values.put(key, new Kept(state, value));
		return value;
	}

	private static boolean writing() {
		return TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
	}

	private record Kept(long state, Object value) {
	}

}
