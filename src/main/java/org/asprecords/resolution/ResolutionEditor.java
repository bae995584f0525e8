package org.asprecords.resolution;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import org.asprecords.db.AllRecords;
import org.asprecords.db.FieldRejectedException;
import org.asprecords.db.NotFoundException;
import org.asprecords.db.Publication;
import org.asprecords.db.RecordHistory;
import org.asprecords.session.AssemblySession;
import org.asprecords.session.Sessions;
import org.asprecords.web.form.EditPage;
import org.asprecords.web.form.FormEditor;
import org.asprecords.web.form.Lines;
import org.asprecords.web.form.StaleEditException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records and corrects resolutions from the admin forms: the symbol well-formed, unique
 * and belonging to the chosen session, the earlier resolutions it refers to recorded, and
 * no save over a newer one.
 */
@Service
@AllRecords
public class ResolutionEditor implements FormEditor<Resolution, ResolutionForm> {

	private final ResolutionRepository resolutions;

	private final Sessions sessions;

	private final Publication publication;

	private final RecordHistory history;

	ResolutionEditor(ResolutionRepository resolutions, Sessions sessions, Publication publication,
			RecordHistory history) {
		this.publication = publication;
		this.history = history;
		this.resolutions = resolutions;
		this.sessions = sessions;
	}

	@Transactional(readOnly = true)
	public Resolution find(long id) {
		return this.resolutions.findForEditing(id).orElseThrow(() -> new NotFoundException("resolution"));
	}

	@Transactional(readOnly = true)
	public EditPage<ResolutionForm> page(long id) {
		return EditPage.of(find(id), ResolutionForm::from, this.history);
	}

	@Transactional
	public Resolution create(ResolutionForm form) {
		Resolution resolution = new Resolution();
		apply(form, resolution);
		this.resolutions.saveAndFlush(resolution);
		this.publication.check(resolution, false);
		return resolution;
	}

	@Transactional
	public Resolution update(long id, ResolutionForm form) {
		Resolution resolution = find(id);
		boolean wasPublished = resolution.isPublished();
		if (!Objects.equals(form.getVersion(), resolution.getVersion())) {
			throw new StaleEditException();
		}
		apply(form, resolution);
		this.resolutions.saveAndFlush(resolution);
		this.publication.check(resolution, wasPublished);
		return resolution;
	}

	private void apply(ResolutionForm form, Resolution resolution) {
		ResolutionSymbol symbol = symbolOf(form.getSymbol(), "symbol", "admin.resolution.symbol.malformed");
		this.resolutions.findBySymbol(symbol.canonical()).filter((other) -> other != resolution).ifPresent((other) -> {
			throw new FieldRejectedException("symbol", "admin.resolution.symbol.taken");
		});
		AssemblySession session = this.sessions.bySlug(form.getSession())
			.orElseThrow(() -> new FieldRejectedException("session", "admin.resolution.session.unknown"));
		resolution.adoptedAt(session, symbol);
		form.applyTo(resolution);
		resolution.setRefersTo(earlier(form, resolution));
	}

	private Set<Resolution> earlier(ResolutionForm form, Resolution resolution) {
		Set<Resolution> earlier = new LinkedHashSet<>();
		for (String typed : Lines.of(form.getRefersTo())) {
			ResolutionSymbol symbol = symbolOf(typed, "refersTo", "admin.resolution.refers-to.malformed");
			Resolution referred = this.resolutions.findBySymbol(symbol.canonical())
				.orElseThrow(() -> new FieldRejectedException("refersTo", "admin.resolution.refers-to.unknown"));
			if (referred == resolution) {
				throw new FieldRejectedException("refersTo", "admin.resolution.refers-to.itself");
			}
			earlier.add(referred);
		}
		return earlier;
	}

	private static ResolutionSymbol symbolOf(String typed, String field, String messageKey) {
		if (SymbolQuery.parse(typed) instanceof SymbolQuery.Exact exact) {
			return exact.symbol();
		}
		throw new FieldRejectedException(field, messageKey);
	}

}
