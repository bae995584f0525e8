package org.asprecords.state;

public enum RegionalGroup {

	AFRICAN, ASIA_PACIFIC, EASTERN_EUROPEAN, LATIN_AMERICAN_CARIBBEAN, WESTERN_EUROPEAN_OTHER

}
