package org.asprecords.budget;

import java.math.BigDecimal;

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
 * year may be negative.
 */
public class BudgetForm extends RecordForm {

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
		form.readStateOf(budget);
		return form;
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

	public void setSources(String sources) {
		this.sources = sources;
	}

}
