package org.asprecords.budget;

import java.util.Objects;

import org.asprecords.db.AllRecords;
import org.asprecords.db.FieldRejectedException;
import org.asprecords.db.NotFoundException;
import org.asprecords.db.Publication;
import org.asprecords.db.RecordHistory;
import org.asprecords.resolution.CitedResolutions;
import org.asprecords.session.AssemblySession;
import org.asprecords.session.Sessions;
import org.asprecords.web.form.EditPage;
import org.asprecords.web.form.FormEditor;
import org.asprecords.web.form.StaleEditException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records and corrects programme budgets from the admin forms: one budget a year, adopted
 * at a recorded session by a resolution of that session, and no save over a newer one.
 */
@Service
@AllRecords
public class BudgetEditor implements FormEditor<ProgrammeBudget, BudgetForm> {

	private final ProgrammeBudgetRepository budgets;

	private final Sessions sessions;

	private final CitedResolutions resolutions;

	private final Publication publication;

	private final RecordHistory history;

	BudgetEditor(ProgrammeBudgetRepository budgets, Sessions sessions, CitedResolutions resolutions,
			Publication publication, RecordHistory history) {
		this.publication = publication;
		this.history = history;
		this.budgets = budgets;
		this.sessions = sessions;
		this.resolutions = resolutions;
	}

	@Transactional(readOnly = true)
	public ProgrammeBudget find(long id) {
		return this.budgets.findForEditing(id).orElseThrow(() -> new NotFoundException("budget"));
	}

	@Transactional(readOnly = true)
	public EditPage<BudgetForm> page(long id) {
		return EditPage.of(find(id), BudgetForm::from, this.history);
	}

	@Transactional
	public ProgrammeBudget create(BudgetForm form) {
		ProgrammeBudget budget = new ProgrammeBudget();
		apply(form, budget);
		this.budgets.saveAndFlush(budget);
		this.publication.check(budget, false);
		return budget;
	}

	@Transactional
	public ProgrammeBudget update(long id, BudgetForm form) {
		ProgrammeBudget budget = find(id);
		boolean wasPublished = budget.isPublished();
		if (!Objects.equals(form.getVersion(), budget.getVersion())) {
			throw new StaleEditException();
		}
		apply(form, budget);
		this.budgets.saveAndFlush(budget);
		this.publication.check(budget, wasPublished);
		return budget;
	}

	private void apply(BudgetForm form, ProgrammeBudget budget) {
		this.budgets.findByYear(form.getYear()).filter((other) -> other != budget).ifPresent((other) -> {
			throw new FieldRejectedException("year", "admin.budget.year.taken");
		});
		AssemblySession session = this.sessions.bySlug(form.getSession())
			.orElseThrow(() -> new FieldRejectedException("session", "admin.budget.session.unknown"));
		budget.adoptedAt(session, this.resolutions.find(form.getResolution(), "resolution"));
		form.applyTo(budget);
	}

}
