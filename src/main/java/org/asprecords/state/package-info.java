/**
 * States Parties to the Rome Statute and signatories: when and how each joined, and its
 * regional group.
 */
package org.asprecords.state;
