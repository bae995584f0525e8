/**
 * Organizations that speak at or organize events of the Assembly: NGOs, coalitions,
 * intergovernmental bodies.
 */
package org.asprecords.organization;
