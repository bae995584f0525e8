package org.asprecords.outcome;

public enum Instrument {

	ROME_STATUTE, RULES_OF_PROCEDURE_AND_EVIDENCE, ELEMENTS_OF_CRIMES

}
