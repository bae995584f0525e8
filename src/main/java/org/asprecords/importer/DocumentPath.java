package org.asprecords.importer;

/**
 * How import problems name a field: its JSON path in the document, such as
 * {@code resolutions[2].title} (the entries of a list counted from 0, the keys of an
 * object after a dot, as in {@code rounds[0].votes.jane-doe}).
 */
final class DocumentPath {

	private DocumentPath() {
	}

	/** The path of the entry at {@code index} of a list. */
	static String entry(String list, int index) {
		return ((list != null) ? list : "") + "[" + index + "]";
	}

	/** The path of a field of an entry, or of the document itself when it is null. */
	static String field(String parent, String name) {
		return (parent == null || parent.isEmpty()) ? name : parent + "." + name;
	}

}
