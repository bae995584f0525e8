package org.asprecords.outcome;

import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import org.asprecords.db.FieldRejectedException;
import org.asprecords.resolution.Resolution;
import org.asprecords.session.AssemblySession;
import org.asprecords.session.SessionRecord;
import org.hibernate.envers.Audited;

/**
 * What a session adopts, by one of its own resolutions when the sources name it: an
 * amendment, a policy, a decision.
 */
@Audited
@MappedSuperclass
public abstract class AdoptedOutcome extends SessionRecord {

	@ManyToOne(fetch = FetchType.LAZY)
	private Resolution resolution;

	/**
	 * Records the outcome as adopted at a session, by a resolution of that session or by
	 * none named. The forms and the session file import both record it so.
	 * @throws FieldRejectedException on {@code resolution} when the resolution is another
	 * session's
	 */
	public void adoptedAt(AssemblySession session, Resolution resolution) {
		if (resolution != null && !resolution.isAdoptedAt(session)) {
			throw new FieldRejectedException("resolution", "admin.outcome.resolution.other-session");
		}
		setSession(session);
		this.resolution = resolution;
	}

	public Resolution getResolution() {
		return this.resolution;
	}

}
