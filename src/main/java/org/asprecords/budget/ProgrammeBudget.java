package org.asprecords.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.asprecords.db.FieldRejectedException;
import org.asprecords.db.RecordEntity;
import org.asprecords.db.Visibility;
import org.asprecords.resolution.Resolution;
import org.asprecords.session.AssemblySession;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.envers.Audited;

@Audited
@Entity
@SQLRestriction(Visibility.SHOWN_IN_SESSION)
@Table(name = "programme_budget")
public class ProgrammeBudget extends RecordEntity {

	private int year;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private AssemblySession session;

	@ManyToOne(fetch = FetchType.LAZY)
	private Resolution resolution;

	@Column(precision = 14, scale = 2)
	private BigDecimal proposed;

	@Column(precision = 14, scale = 2)
	private BigDecimal recommended;

	@Column(precision = 14, scale = 2)
	private BigDecimal approved;

	@Column(precision = 14, scale = 2)
	private BigDecimal approvedExcludingPremises;

	@Column(precision = 14, scale = 2)
	private BigDecimal premisesComponent;

	@Column(precision = 14, scale = 2)
	private BigDecimal statedChangeAmount;

	@Column(precision = 7, scale = 2)
	private BigDecimal statedChangePercent;

	@Column(precision = 14, scale = 2)
	private BigDecimal contingencyFundLevel;

	@Column(precision = 14, scale = 2)
	private BigDecimal workingCapitalFund;

	private Integer staffing;

	private boolean approximate;

	private String note;

	/**
	 * The appropriations by Major Programme, in the order of {@link MajorProgramme}. Read
	 * for many budgets at once where a list shows them (every year is a bounded number of
	 * rows: one budget a year).
	 */
	@ElementCollection
	@OrderColumn(name = "position")
	@CollectionTable(name = "budget_line", joinColumns = @JoinColumn(name = "budget_id"))
	@BatchSize(size = 100)
	private List<BudgetLine> lines = new ArrayList<>();

	public int getYear() {
		return this.year;
	}

	public void setYear(int year) {
		this.year = year;
	}

	public AssemblySession getSession() {
		return this.session;
	}

	/**
	 * Records the session that adopted the budget and the resolution that adopted it, if
	 * the sources name one: a resolution of that session. The forms and the session file
	 * import both record it so.
	 * @throws FieldRejectedException on {@code resolution} when the resolution was
	 * adopted at another session
	 */
	public void adoptedAt(AssemblySession session, Resolution resolution) {
		if (resolution != null && !resolution.isAdoptedAt(session)) {
			throw new FieldRejectedException("resolution", "admin.budget.resolution.other-session");
		}
		this.session = session;
		this.resolution = resolution;
	}

	public Resolution getResolution() {
		return this.resolution;
	}

	public BigDecimal getProposed() {
		return this.proposed;
	}

	public void setProposed(BigDecimal proposed) {
		this.proposed = proposed;
	}

	public BigDecimal getRecommended() {
		return this.recommended;
	}

	public void setRecommended(BigDecimal recommended) {
		this.recommended = recommended;
	}

	public BigDecimal getApproved() {
		return this.approved;
	}

	public void setApproved(BigDecimal approved) {
		this.approved = approved;
	}

	public BigDecimal getApprovedExcludingPremises() {
		return this.approvedExcludingPremises;
	}

	public void setApprovedExcludingPremises(BigDecimal approvedExcludingPremises) {
		this.approvedExcludingPremises = approvedExcludingPremises;
	}

	public BigDecimal getPremisesComponent() {
		return this.premisesComponent;
	}

	public void setPremisesComponent(BigDecimal premisesComponent) {
		this.premisesComponent = premisesComponent;
	}

	public BigDecimal getStatedChangeAmount() {
		return this.statedChangeAmount;
	}

	public void setStatedChangeAmount(BigDecimal statedChangeAmount) {
		this.statedChangeAmount = statedChangeAmount;
	}

	public BigDecimal getStatedChangePercent() {
		return this.statedChangePercent;
	}

	public void setStatedChangePercent(BigDecimal statedChangePercent) {
		this.statedChangePercent = statedChangePercent;
	}

	public BigDecimal getContingencyFundLevel() {
		return this.contingencyFundLevel;
	}

	public void setContingencyFundLevel(BigDecimal contingencyFundLevel) {
		this.contingencyFundLevel = contingencyFundLevel;
	}

	public BigDecimal getWorkingCapitalFund() {
		return this.workingCapitalFund;
	}

	public void setWorkingCapitalFund(BigDecimal workingCapitalFund) {
		this.workingCapitalFund = workingCapitalFund;
	}

	public Integer getStaffing() {
		return this.staffing;
	}

	public void setStaffing(Integer staffing) {
		this.staffing = staffing;
	}

	public boolean isApproximate() {
		return this.approximate;
	}

	public void setApproximate(boolean approximate) {
		this.approximate = approximate;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public List<BudgetLine> getLines() {
		return this.lines;
	}

	/**
	 * Records the appropriations by Major Programme, after the totals: each programme
	 * once, adding up to the approved total and, without the host-State loan, to the
	 * approved total excluding the premises, where those are recorded. The resolutions
	 * print both sums under their tables, so a line typed wrong (or in thousands) does
	 * not pass. The forms and the session file import both record them so.
	 * @throws FieldRejectedException on {@code lines} when a programme comes twice or the
	 * lines do not add up
	 */
	public void appropriate(List<BudgetLine> lines) {
		Set<MajorProgramme> seen = EnumSet.noneOf(MajorProgramme.class);
		for (BudgetLine line : lines) {
			if (!seen.add(line.getProgramme())) {
				throw new FieldRejectedException("lines", "admin.budget.lines.twice", line.getProgramme().getCode());
			}
		}
		if (!lines.isEmpty()) {
			mustAddUp(lines, (line) -> true, this.approved, "admin.budget.lines.total");
			mustAddUp(lines, (line) -> line.getProgramme().inSubtotal(), this.approvedExcludingPremises,
					"admin.budget.lines.subtotal");
			mustAddUp(lines, (line) -> !line.getProgramme().inSubtotal(), this.premisesComponent,
					"admin.budget.lines.premises");
		}
		List<BudgetLine> ordered = lines.stream().sorted(Comparator.comparing(BudgetLine::getProgramme)).toList();
		if (!ordered.equals(this.lines)) {
			this.lines = new ArrayList<>(ordered);
		}
	}

	private static void mustAddUp(List<BudgetLine> lines, Predicate<BudgetLine> counted, BigDecimal recorded,
			String message) {
		BigDecimal sum = sum(lines, counted);
		if (recorded != null && sum.compareTo(recorded) != 0) {
			throw new FieldRejectedException("lines", message, sum, recorded);
		}
	}

	static BigDecimal sum(List<BudgetLine> lines, Predicate<BudgetLine> counted) {
		return lines.stream().filter(counted).map(BudgetLine::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
