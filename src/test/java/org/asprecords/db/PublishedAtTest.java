package org.asprecords.db;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a record counts as published, for the feeds: when it is stored public, when a
 * draft is made public, and never while it is a draft.
 */
class PublishedAtTest {

	@Test
	void aRecordStoredPublicIsPublishedWhenStored() {
		Record record = new Record();

		record.onPersist();

		assertThat(record.getPublishedAt()).isNotNull().isEqualTo(record.getCreatedAt());
	}

	@Test
	void aDraftIsPublishedOnlyWhenMadePublic() throws Exception {
		Record record = new Record();
		record.setPublished(false);
		record.onPersist();
		assertThat(record.getPublishedAt()).isNull();

		Thread.sleep(2);
		record.setPublished(true);

		assertThat(record.getPublishedAt()).isAfter(record.getCreatedAt());
	}

	@Test
	void savingAPublicRecordAgainKeepsWhenItWasPublished() {
		Record record = new Record();
		record.onPersist();
		Instant published = record.getPublishedAt();

		record.setPublished(true);

		assertThat(record.getPublishedAt()).isEqualTo(published);
	}

	@Test
	void unpublishingForgetsItAndPublishingAgainIsNews() throws Exception {
		Record record = new Record();
		record.onPersist();
		Instant first = record.getPublishedAt();

		record.setPublished(false);
		assertThat(record.getPublishedAt()).isNull();
		Thread.sleep(2);
		record.setPublished(true);

		assertThat(record.getPublishedAt()).isAfter(first);
	}

	private static final class Record extends RecordEntity {

	}

}
