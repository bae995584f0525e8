package org.asprecords.citation;

/**
 * A citation as one BibTeX {@code @misc} entry, which both BibTeX and biblatex read:
 * {@code year} and {@code month} for the first, {@code date} for the second. Authors are
 * institutions or a speaker's description, never a list of persons to split at "and", so
 * they go in double braces; so do titles, which are written as recorded and must not be
 * recased by a style.
 */
final class BibtexWriter {

	private static final String[] MONTHS = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
			"nov", "dec" };

	private BibtexWriter() {
	}

	static String write(Citation citation) {
		StringBuilder entry = new StringBuilder("@misc{").append(citation.key()).append(",\n");
		if (citation.author() != null) {
			field(entry, "author", "{" + escape(citation.author()) + "}");
		}
		if (citation.title() != null) {
			field(entry, "title", "{" + escape(citation.title()) + "}");
		}
		if (citation.number() != null) {
			field(entry, "number", escape(citation.number()));
		}
		CitedDate issued = citation.issued();
		if (issued != null) {
			field(entry, "date", date(issued));
			field(entry, "year", String.valueOf(issued.start().getYear()));
			// The standard macro (jan, feb...), which each style prints in its own
			// language
			entry.append("  month = ").append(MONTHS[issued.start().getMonthValue() - 1]).append(",\n");
		}
		// Built by the portal from slugs and symbols, which need no escaping; url fields
		// are
		// read verbatim
		field(entry, "url", citation.url());
		String note = join(citation.meeting(), citation.note());
		if (note != null) {
			field(entry, "note", escape(note));
		}
		return entry.append("}\n").toString();
	}

	/**
	 * Text with every character that means something to BibTeX or LaTeX written so that
	 * it prints as itself. Braces are spelt as commands, not {@code \{}: BibTeX counts
	 * every brace, escaped or not, to find where a value ends.
	 */
	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		for (char c : text.toCharArray()) {
			switch (c) {
				case '\\' -> escaped.append("\\textbackslash{}");
				case '{' -> escaped.append("\\textbraceleft{}");
				case '}' -> escaped.append("\\textbraceright{}");
				case '~' -> escaped.append("\\textasciitilde{}");
				case '^' -> escaped.append("\\textasciicircum{}");
				case '%', '&', '$', '#', '_' -> escaped.append('\\').append(c);
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

	private static void field(StringBuilder entry, String name, String value) {
		entry.append("  ").append(name).append(" = {").append(value).append("},\n");
	}

	/**
	 * ISO 8601 as biblatex reads it: "2023-12-14", "2023-12", "2023-12-04/2023-12-14".
	 */
	private static String date(CitedDate date) {
		if (date.monthOnly()) {
			return date.start().toString().substring(0, 7);
		}
		return (date.end() != null) ? date.start() + "/" + date.end() : date.start().toString();
	}

	private static String join(String meeting, String adoptedBy) {
		if (meeting == null || adoptedBy == null) {
			return (meeting != null) ? meeting : adoptedBy;
		}
		return meeting + ". " + adoptedBy;
	}

}
