package org.asprecords.db;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;

class RecordsCacheTest {

	private boolean listening = true;

	/** Never started: its state moves when the test says records changed. */
	private final RecordChanges changes = new RecordChanges(null) {

		@Override
		public boolean listening() {
			return RecordsCacheTest.this.listening;
		}

	};

	private final RecordsCache cache = new RecordsCache(this.changes);

	private final AtomicInteger computed = new AtomicInteger();

	@AfterEach
	void endTransaction() {
		TransactionSynchronizationManager.clear();
	}

	@Test
	void aValueIsComputedOnceUntilRecordsChange() {
		assertThat(this.cache.get("figures", this::compute)).isEqualTo(1);
		assertThat(this.cache.get("figures", this::compute)).isEqualTo(1);

		this.changes.changed();

		assertThat(this.cache.get("figures", this::compute)).isEqualTo(2);
		assertThat(this.cache.get("figures", this::compute)).isEqualTo(2);
	}

	@Test
	void aValueComputedWhileRecordsChangedIsNotServedAgain() {
		assertThat(this.cache.get("figures", () -> {
			this.changes.changed();
			return compute();
		})).isEqualTo(1);

		assertThat(this.cache.get("figures", this::compute)).isEqualTo(2);
		assertThat(this.cache.get("figures", this::compute)).isEqualTo(2);
	}

	@Test
	void nothingIsKeptWhileChangesAreNotHeard() {
		this.listening = false;

		assertThat(this.cache.get("figures", this::compute)).isEqualTo(1);
		assertThat(this.cache.get("figures", this::compute)).isEqualTo(2);
	}

	@Test
	void aReadWriteTransactionNeitherKeepsNorIsServedWhatIsKept() {
		assertThat(this.cache.get("figures", this::compute)).isEqualTo(1);

		TransactionSynchronizationManager.setActualTransactionActive(true);
		assertThat(this.cache.get("figures", this::compute)).isEqualTo(2);
		assertThat(this.cache.get("figures", this::compute)).isEqualTo(3);
		TransactionSynchronizationManager.setActualTransactionActive(false);

		assertThat(this.cache.get("figures", this::compute)).isEqualTo(1);
	}

	@Test
	void aReadOnlyTransactionIsServedWhatIsKept() {
		TransactionSynchronizationManager.setActualTransactionActive(true);
		TransactionSynchronizationManager.setCurrentTransactionReadOnly(true);

		assertThat(this.cache.get("figures", this::compute)).isEqualTo(1);
		assertThat(this.cache.get("figures", this::compute)).isEqualTo(1);
	}

	@Test
	void codeThatSeesDraftsNeitherKeepsNorIsServedWhatIsKept() {
		assertThat(this.cache.get("figures", this::compute)).isEqualTo(1);

		AllRecordsAdvisor.markedOn(() -> {
			assertThat(this.cache.get("figures", this::compute)).isEqualTo(2);
			assertThat(this.cache.get("figures", this::compute)).isEqualTo(3);
		});

		assertThat(this.cache.get("figures", this::compute)).isEqualTo(1);
	}

	private int compute() {
		return this.computed.incrementAndGet();
	}

}
