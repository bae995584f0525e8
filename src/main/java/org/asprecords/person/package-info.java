/**
 * People named in the records: presidents, candidates, judges and speakers.
 */
package org.asprecords.person;
