/**
 * What every page shares: the layout's helpers, formatting for the visitor's language,
 * paging links, and the friendly error pages.
 */
package org.asprecords.web;
