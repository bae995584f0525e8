package org.asprecords.budget;

/**
 * The Major Programmes that the Assembly's budget resolutions appropriate money to, in
 * the order the resolutions list them: the subtotal of the Court's programmes, then the
 * host-State loan for the permanent premises, which the resolutions add after it. Stored
 * by name; shown by code ({@code VII-2}) and by the name of {@code majorProgramme.<name>}
 * in each language.
 */
public enum MajorProgramme {

	JUDICIARY("I"),

	OFFICE_OF_THE_PROSECUTOR("II"),

	REGISTRY("III"),

	ASSEMBLY_SECRETARIAT("IV"),

	PREMISES("V"),

	VICTIMS_FUND_SECRETARIAT("VI"),

	PROJECT_DIRECTOR("VII-1"),

	INDEPENDENT_OVERSIGHT("VII-5"),

	INTERNAL_AUDIT("VII-6"),

	HOST_STATE_LOAN("VII-2");

	private final String code;

	MajorProgramme(String code) {
		this.code = code;
	}

	/** The number the Court's documents give it, such as {@code II} or {@code VII-2}. */
	public String getCode() {
		return this.code;
	}

	/**
	 * Whether the resolutions count it in the subtotal of the Court's programmes: all but
	 * the host-State loan, which is the approved budget's premises component.
	 */
	public boolean inSubtotal() {
		return this != HOST_STATE_LOAN;
	}

}
