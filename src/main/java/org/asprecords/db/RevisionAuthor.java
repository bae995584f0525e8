package org.asprecords.db;

import org.hibernate.envers.RevisionListener;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Names who made a revision: the signed-in user, or {@code system} for what the portal
 * does by itself (loading the shipped records).
 */
public class RevisionAuthor implements RevisionListener {

	static final String SYSTEM = "system";

	@Override
	public void newRevision(Object revision) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean signedIn = authentication != null && authentication.isAuthenticated()
				&& !"anonymousUser".equals(authentication.getName());
		((Revision) revision).setUsername(signedIn ? authentication.getName() : SYSTEM);
	}

}
