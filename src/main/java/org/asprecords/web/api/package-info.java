/**
 * What every endpoint of the read-only JSON API ({@code /api/v1}) shares: pages of items
 * with their links, links to a record's page and JSON, and amounts as exact decimal
 * strings with their currency.
 */
package org.asprecords.web.api;
