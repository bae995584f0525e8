package org.asprecords.session;

import org.hibernate.envers.Audited;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import org.asprecords.db.RecordEntity;

/**
 * A record that belongs to one session and is known by a slug unique within it (an
 * election, a statement, an amendment, ...): its pages live at URLs made of the session's
 * slug and its own.
 */
@Audited
@MappedSuperclass
public abstract class SessionRecord extends RecordEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private AssemblySession session;

	private String slug;

	public AssemblySession getSession() {
		return this.session;
	}

	public void setSession(AssemblySession session) {
		this.session = session;
	}

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

}
