package org.asprecords.outcome;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.asprecords.db.FieldRejectedException;
import org.asprecords.state.RegionalGroup;
import org.asprecords.web.form.FormSubmission;
import org.asprecords.web.form.PlainText;
import org.asprecords.web.form.PlausibleDate;

/**
 * What an editor types to record or correct a decision of the Assembly: what kind of
 * decision, its title and summary, and for a decision on a body's composition its seats
 * before and after and their allocation, a line for each regional group in the order of
 * {@link RegionalGroup}.
 */
public class DecisionForm extends AdoptedOutcomeForm {

	static final List<String> COMPARED = List.of("published", "session", "slug", "kind", "title", "summary",
			"resolution", "seatsBefore", "seatsAfter", "allocationSummary", "effectiveOn", "sources");

	static final int GROUPS = RegionalGroup.values().length;

	@NotNull(message = "{admin.decisions.kind.required}")
	private DecisionKind kind;

	@NotBlank
	@Size(max = 500)
	@PlainText
	private String title;

	@Size(max = 10000)
	@PlainText(multiline = true)
	private String summary;

	@Min(1)
	@Max(10000)
	private Integer seatsBefore;

	@Min(1)
	@Max(10000)
	private Integer seatsAfter;

	@PlausibleDate
	private LocalDate effectiveOn;

	/**
	 * A line a group; the binder grows the list no further
	 * ({@code DecisionAdminController}).
	 */
	private List<@Valid AllocationRow> allocations = blankRows();

	static DecisionForm in(String session) {
		DecisionForm form = new DecisionForm();
		form.setSession(session);
		return form;
	}

	static DecisionForm from(Decision decision) {
		DecisionForm form = new DecisionForm();
		form.readOutcome(decision);
		form.kind = decision.getKind();
		form.title = decision.getTitle();
		form.summary = decision.getSummary();
		form.seatsBefore = decision.getSeatsBefore();
		form.seatsAfter = decision.getSeatsAfter();
		form.effectiveOn = decision.getEffectiveOn();
		for (SeatAllocation allocation : decision.getAllocations()) {
			form.allocations.set(allocation.getRegionalGroup().ordinal(),
					new AllocationRow(allocation.getSeats(), allocation.getChange()));
		}
		return form;
	}

	private static List<AllocationRow> blankRows() {
		List<AllocationRow> rows = new ArrayList<>();
		for (int i = 0; i < GROUPS; i++) {
			rows.add(new AllocationRow());
		}
		return rows;
	}

	/**
	 * The allocations typed, a group's line with no seats left out.
	 * @throws FieldRejectedException on a line with a change but no seats
	 */
	List<SeatAllocation> seatAllocations() {
		List<SeatAllocation> typed = new ArrayList<>();
		for (int i = 0; i < this.allocations.size(); i++) {
			AllocationRow row = this.allocations.get(i);
			if (row == null || row.isBlank()) {
				continue;
			}
			if (row.getSeats() == null) {
				throw new FieldRejectedException("allocations[" + i + "].seats",
						"admin.decisions.allocations.seats-required");
			}
			typed.add(new SeatAllocation(RegionalGroup.values()[i], row.getSeats(), row.getChange()));
		}
		return typed;
	}

	void applyTo(Decision decision) {
		decision.seats(this.seatsBefore, this.seatsAfter, seatAllocations());
		decision.setKind(this.kind);
		decision.setTitle(this.title.strip());
		decision.setSummary(FormSubmission.blankToNull(this.summary));
		decision.setEffectiveOn(this.effectiveOn);
	}

	/** The allocation in one line, for the conflict page. */
	public String getAllocationSummary() {
		List<String> lines = new ArrayList<>();
		for (int i = 0; i < this.allocations.size() && i < GROUPS; i++) {
			AllocationRow row = this.allocations.get(i);
			if (row != null && !row.isBlank()) {
				lines.add(RegionalGroup.values()[i] + " " + row.getSeats()
						+ ((row.getChange() != null) ? " (" + row.getChange() + ")" : ""));
			}
		}
		return lines.stream().collect(Collectors.joining(", "));
	}

	public DecisionKind getKind() {
		return this.kind;
	}

	public void setKind(DecisionKind kind) {
		this.kind = kind;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public Integer getSeatsBefore() {
		return this.seatsBefore;
	}

	public void setSeatsBefore(Integer seatsBefore) {
		this.seatsBefore = seatsBefore;
	}

	public Integer getSeatsAfter() {
		return this.seatsAfter;
	}

	public void setSeatsAfter(Integer seatsAfter) {
		this.seatsAfter = seatsAfter;
	}

	public LocalDate getEffectiveOn() {
		return this.effectiveOn;
	}

	public void setEffectiveOn(LocalDate effectiveOn) {
		this.effectiveOn = effectiveOn;
	}

	public List<AllocationRow> getAllocations() {
		return this.allocations;
	}

	public void setAllocations(List<AllocationRow> allocations) {
		this.allocations = allocations;
	}

}
