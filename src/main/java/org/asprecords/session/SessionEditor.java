package org.asprecords.session;

import java.util.Objects;

import org.asprecords.db.AllRecords;
import org.asprecords.db.FieldRejectedException;
import org.asprecords.db.NotFoundException;
import org.asprecords.db.RecordHistory;
import org.asprecords.web.form.EditPage;
import org.asprecords.web.form.FormEditor;
import org.asprecords.web.form.StaleEditException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and corrects sessions from the admin forms. A save made from a form read at an
 * older version than the session now has is refused with a {@link StaleEditException},
 * never applied over the newer save.
 */
@Service
@AllRecords
public class SessionEditor implements FormEditor<AssemblySession, SessionForm> {

	private final AssemblySessionRepository sessions;

	private final RecordHistory history;

	SessionEditor(AssemblySessionRepository sessions, RecordHistory history) {
		this.sessions = sessions;
		this.history = history;
	}

	@Transactional(readOnly = true)
	public AssemblySession find(long id) {
		return this.sessions.findById(id).orElseThrow(() -> new NotFoundException("session"));
	}

	@Transactional(readOnly = true)
	public EditPage<SessionForm> page(long id) {
		return EditPage.of(find(id), SessionForm::from, this.history);
	}

	@Transactional
	public AssemblySession create(SessionForm form) {
		requireFreeSlug(form.getSlug(), null);
		AssemblySession session = new AssemblySession();
		form.applyTo(session, parentOf(form));
		return this.sessions.saveAndFlush(session);
	}

	@Transactional
	public AssemblySession update(long id, SessionForm form) {
		AssemblySession session = find(id);
		if (!Objects.equals(form.getVersion(), session.getVersion())) {
			throw new StaleEditException();
		}
		requireFreeSlug(form.getSlug(), session);
		AssemblySession parent = parentOf(form);
		if (parent == session) {
			throw new FieldRejectedException("parent", "admin.session.parent.itself");
		}
		form.applyTo(session, parent);
		return this.sessions.saveAndFlush(session);
	}

	private void requireFreeSlug(String slug, AssemblySession self) {
		this.sessions.findBySlug(slug.strip()).filter((other) -> other != self).ifPresent((other) -> {
			throw new FieldRejectedException("slug", "admin.session.slug.taken");
		});
	}

	private AssemblySession parentOf(SessionForm form) {
		if (form.getParent() == null || form.getParent().isBlank()) {
			return null;
		}
		return this.sessions.findBySlug(form.getParent())
			.orElseThrow(() -> new FieldRejectedException("parent", "admin.session.parent.unknown"));
	}

}
