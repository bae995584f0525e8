/**
 * "Cite this record": a ready citation on every page of a record of the Assembly, and the
 * same citation as BibTeX and CSL-JSON files for reference managers.
 */
package org.asprecords.citation;
