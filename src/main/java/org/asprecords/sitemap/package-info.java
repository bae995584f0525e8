/**
 * The sitemap search engines read: every public page of the portal.
 */
package org.asprecords.sitemap;
