/**
 * Atom feeds of the records newly published or changed: of everything, of one kind, of
 * one session, of a search; and the links that let browsers and feed readers discover
 * them from the pages.
 */
package org.asprecords.feed;
