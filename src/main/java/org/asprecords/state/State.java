package org.asprecords.state;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.asprecords.db.FieldRejectedException;
import org.asprecords.db.NamedRecord;
import org.asprecords.db.Visibility;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.envers.Audited;

@Audited
@Entity
@SQLRestriction(Visibility.SHOWN)
@Table(name = "state")
public class State extends NamedRecord {

	/**
	 * The ISO 3166-1 alpha-2 codes the JDK knows, by which pages name a State in the
	 * visitor's language.
	 */
	private static final Set<String> CODES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

	private String code;

	@Enumerated(EnumType.STRING)
	private RegionalGroup regionalGroup;

	private LocalDate signedOn;

	private LocalDate joinedOn;

	@Enumerated(EnumType.STRING)
	private JoinedBy joinedBy;

	private LocalDate partySince;

	private Integer partyOrdinal;

	private String statusNote;

	/** The State's ISO 3166-1 alpha-2 code ({@code KR}), where recorded. */
	public String getCode() {
		return this.code;
	}

	/**
	 * @throws FieldRejectedException if the code is not an ISO 3166-1 alpha-2 code
	 */
	public void setCode(String code) {
		if (code != null && !CODES.contains(code)) {
			throw new FieldRejectedException("code", "admin.states.code.unknown");
		}
		this.code = code;
	}

	public RegionalGroup getRegionalGroup() {
		return this.regionalGroup;
	}

	public void setRegionalGroup(RegionalGroup regionalGroup) {
		this.regionalGroup = regionalGroup;
	}

	public LocalDate getSignedOn() {
		return this.signedOn;
	}

	public void setSignedOn(LocalDate signedOn) {
		this.signedOn = signedOn;
	}

	public LocalDate getJoinedOn() {
		return this.joinedOn;
	}

	public void setJoinedOn(LocalDate joinedOn) {
		this.joinedOn = joinedOn;
	}

	public JoinedBy getJoinedBy() {
		return this.joinedBy;
	}

	public void setJoinedBy(JoinedBy joinedBy) {
		this.joinedBy = joinedBy;
	}

	public LocalDate getPartySince() {
		return this.partySince;
	}

	public void setPartySince(LocalDate partySince) {
		this.partySince = partySince;
	}

	public Integer getPartyOrdinal() {
		return this.partyOrdinal;
	}

	public void setPartyOrdinal(Integer partyOrdinal) {
		this.partyOrdinal = partyOrdinal;
	}

	public String getStatusNote() {
		return this.statusNote;
	}

	public void setStatusNote(String statusNote) {
		this.statusNote = statusNote;
	}

}
