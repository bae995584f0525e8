/**
 * A person's profile: the elections they stood in, the statements they made, the Assembly
 * they presided.
 */
package org.asprecords.overview.person;
