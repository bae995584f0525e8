/**
 * What every admin form shares: constraints on free text and source lists, and lists
 * typed one item a line.
 */
package org.asprecords.web.form;
