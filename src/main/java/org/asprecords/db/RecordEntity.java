package org.asprecords.db;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;

/**
 * What every editable record carries: an identity, an optimistic-locking version,
 * timestamps, the sources its facts came from, and whether the public sees it (published,
 * not in the trash: see {@link Visibility}).
 */
@Audited
@MappedSuperclass
public abstract class RecordEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private int version;

	@Column(updatable = false)
	private Instant createdAt;

	private Instant updatedAt;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "text[]")
	private List<String> sources = new ArrayList<>();

	/** False for a draft, which only admins see. */
	private boolean published = true;

	/**
	 * When the record was last made public, or null for a draft: the feeds' "published".
	 * Not audited, since the history already names every publishing.
	 */
	@NotAudited
	private Instant publishedAt;

	/** When the record was moved to the trash, or null. */
	private Instant deletedAt;

	@PrePersist
	void onPersist() {
		this.createdAt = Instant.now();
		this.updatedAt = this.createdAt;
		if (this.published) {
			this.publishedAt = this.createdAt;
		}
	}

	@PreUpdate
	void onUpdate() {
		this.updatedAt = Instant.now();
	}

	public Long getId() {
		return this.id;
	}

	public int getVersion() {
		return this.version;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public boolean isPublished() {
		return this.published;
	}

	public void setPublished(boolean published) {
		if (published && (!this.published || this.publishedAt == null) && this.createdAt != null) {
			this.publishedAt = Instant.now();
		}
		else if (!published) {
			this.publishedAt = null;
		}
		this.published = published;
	}

	public Instant getPublishedAt() {
		return this.publishedAt;
	}

	public Instant getDeletedAt() {
		return this.deletedAt;
	}

	public boolean isInTrash() {
		return this.deletedAt != null;
	}

	/**
	 * Moves the record to the trash, or back out of it with {@code null}.
	 */
	public void setDeletedAt(Instant deletedAt) {
		this.deletedAt = deletedAt;
	}

	public List<String> getSources() {
		return this.sources;
	}

	public void setSources(List<String> sources) {
		this.sources = (sources != null) ? new ArrayList<>(sources) : new ArrayList<>();
	}

}
