package org.asprecords.organization;

public enum OrganizationKind {

	NGO, COALITION, NETWORK, INTERGOVERNMENTAL, OTHER

}
