/**
 * Elections held by the Assembly (judges, prosecutor, bureau, committees): candidates,
 * rounds and votes per round.
 */
package org.asprecords.election;
