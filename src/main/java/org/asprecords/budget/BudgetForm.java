package org.asprecords.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.asprecords.web.form.FormSubmission;
import org.asprecords.web.form.Lines;
import org.asprecords.web.form.PlainText;
import org.asprecords.web.form.SourceList;
import org.asprecords.web.form.RecordForm;

/**
 * What an editor types to record or correct a programme budget. Amounts are euros: not
 * negative, at most two decimals, below a thousand billion; a change against the previous
 * year may be negative. The appropriations have a line for each Major Programme, in the
 * order of {@link MajorProgramme}.
 */
public class BudgetForm extends RecordForm {

	static final int PROGRAMMES = MajorProgramme.values().length;

	@NotNull
	@Min(2002)
	@Max(2100)
	private Integer year;

	@NotBlank(message = "{admin.budget.session.required}")
	private String session;

	@Size(max = 60)
	private String resolution;

	@DecimalMin("0")
	@Digits(integer = 12, fraction = 2)
	private BigDecimal proposed;

	@DecimalMin("0")
	@Digits(integer = 12, fraction = 2)
	private BigDecimal recommended;

	@DecimalMin("0")
	@Digits(integer = 12, fraction = 2)
	private BigDecimal approved;

	@DecimalMin("0")
	@Digits(integer = 12, fraction = 2)
	private BigDecimal approvedExcludingPremises;

	@DecimalMin("0")
	@Digits(integer = 12, fraction = 2)
	private BigDecimal premisesComponent;

	@Digits(integer = 12, fraction = 2)
	private BigDecimal statedChangeAmount;

	@Digits(integer = 5, fraction = 2)
	private BigDecimal statedChangePercent;

	@DecimalMin("0")
	@Digits(integer = 12, fraction = 2)
	private BigDecimal contingencyFundLevel;

	@DecimalMin("0")
	@Digits(integer = 12, fraction = 2)
	private BigDecimal workingCapitalFund;

	@PositiveOrZero
	@Max(100000)
	private Integer staffing;

	private boolean approximate;

	@Size(max = 5000)
	@PlainText(multiline = true)
	private String note;

	@Size(max = 20000)
	@PlainText(multiline = true)
	@SourceList
	private String sources;

	/**
	 * A line a programme; the binder grows the list no further
	 * ({@code BudgetAdminController}).
	 */
	private List<@Valid BudgetLineRow> lines = blankLines();

	public static BudgetForm from(ProgrammeBudget budget) {
		BudgetForm form = new BudgetForm();
		form.year = budget.getYear();
		form.session = budget.getSession().getSlug();
		form.resolution = (budget.getResolution() != null) ? budget.getResolution().getSymbol() : null;
		form.proposed = budget.getProposed();
		form.recommended = budget.getRecommended();
		form.approved = budget.getApproved();
		form.approvedExcludingPremises = budget.getApprovedExcludingPremises();
		form.premisesComponent = budget.getPremisesComponent();
		form.statedChangeAmount = budget.getStatedChangeAmount();
		form.statedChangePercent = budget.getStatedChangePercent();
		form.contingencyFundLevel = budget.getContingencyFundLevel();
		form.workingCapitalFund = budget.getWorkingCapitalFund();
		form.staffing = budget.getStaffing();
		form.approximate = budget.isApproximate();
		form.note = budget.getNote();
		form.sources = Lines.join(budget.getSources());
		for (BudgetLine line : budget.getLines()) {
			form.lines.set(line.getProgramme().ordinal(), new BudgetLineRow(line.getAmount()));
		}
		form.readStateOf(budget);
		return form;
	}

	private static List<BudgetLineRow> blankLines() {
		List<BudgetLineRow> rows = new ArrayList<>();
		for (int i = 0; i < PROGRAMMES; i++) {
			rows.add(new BudgetLineRow());
		}
		return rows;
	}

	/**
	 * The lines typed, a programme left blank left out.
	 */
	List<BudgetLine> budgetLines() {
		List<BudgetLine> typed = new ArrayList<>();
		for (int i = 0; i < this.lines.size() && i < PROGRAMMES; i++) {
			BudgetLineRow row = this.lines.get(i);
			if (row != null && row.getAmount() != null) {
				typed.add(new BudgetLine(MajorProgramme.values()[i], row.getAmount()));
			}
		}
		return typed;
	}

	/** The lines in one line, for the conflict page. */
	public String getLineSummary() {
		return budgetLines().stream()
			.map((line) -> line.getProgramme().getCode() + " " + line.getAmount().toPlainString())
			.collect(Collectors.joining(", "));
	}

	void applyTo(ProgrammeBudget budget) {
		budget.setYear(this.year);
		budget.setProposed(this.proposed);
		budget.setRecommended(this.recommended);
		budget.setApproved(this.approved);
		budget.setApprovedExcludingPremises(this.approvedExcludingPremises);
		budget.setPremisesComponent(this.premisesComponent);
		budget.setStatedChangeAmount(this.statedChangeAmount);
		budget.setStatedChangePercent(this.statedChangePercent);
		budget.setContingencyFundLevel(this.contingencyFundLevel);
		budget.setWorkingCapitalFund(this.workingCapitalFund);
		budget.setStaffing(this.staffing);
		budget.setApproximate(this.approximate);
		budget.setNote(FormSubmission.blankToNull(this.note));
		budget.setSources(Lines.of(this.sources));
		budget.appropriate(budgetLines());
		writeStateTo(budget);
	}

	public Integer getYear() {
		return this.year;
	}

	public void setYear(Integer year) {
		this.year = year;
	}

	public String getSession() {
		return this.session;
	}

	public void setSession(String session) {
		this.session = session;
	}

	public String getResolution() {
		return this.resolution;
	}

	public void setResolution(String resolution) {
		this.resolution = resolution;
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

	public String getSources() {
		return this.sources;
	}

	public List<BudgetLineRow> getLines() {
		return this.lines;
	}

	public void setLines(List<BudgetLineRow> lines) {
		this.lines = lines;
	}

	public void setSources(String sources) {
		this.sources = sources;
	}

}
