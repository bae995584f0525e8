/**
 * Public pages rendered once and served again until the records change: a cache of
 * rendered answers in each portal instance, emptied on every instance the moment a change
 * commits (PostgreSQL announces it), answering a repeated visit or a revalidation
 * ({@code If-None-Match}) without rendering, and telling browsers, proxies and CDNs how
 * long they may keep a page.
 */
package org.asprecords.pagecache;
