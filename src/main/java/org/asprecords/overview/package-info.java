/**
 * The public pages that compose many kinds of record, each in a package of its own: a
 * session's page, the profiles of States, people and organizations, a resolution's page
 * with what it adopted, and the pages of a session's outcomes. Features do not depend on
 * these pages; they depend on the features (CONTRIBUTING.md).
 */
package org.asprecords.overview;
