/**
 * Who may do what: the public site is read-only; the admin area is for signed-in editors
 * and admins, who sign in with a form whose failures are throttled.
 */
package org.asprecords.security;
