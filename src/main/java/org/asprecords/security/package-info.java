/**
 * Who may do what: the public site is read-only; the admin area is closed to strangers.
 */
package org.asprecords.security;
