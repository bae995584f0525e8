/**
 * Accounts: who signs in to the admin area (EDITOR or ADMIN), their passwords and the
 * policy they follow, the first admin created at startup, and the user management pages
 * of ADMINs.
 */
package org.asprecords.account;
