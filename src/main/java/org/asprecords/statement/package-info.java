/**
 * Statements made at sessions of the Assembly: who spoke, for whom, where, and what was
 * said.
 */
package org.asprecords.statement;
