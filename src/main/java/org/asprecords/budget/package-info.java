/**
 * Programme budgets the Assembly approved for each year, with the amounts proposed,
 * recommended and approved.
 */
package org.asprecords.budget;
