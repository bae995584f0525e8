package org.asprecords.citation;

import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;

import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads a citation file as a reference manager does, with a parser the portal did not
 * write (jbibtex): the one entry it must hold, each field as the text LaTeX prints.
 */
final class BibtexReader {

	private BibtexReader() {
	}

	/**
	 * @return the fields by name, with the entry's type as {@code @type} and its key as
	 * {@code @key}
	 */
	static Map<String, String> entry(String bibtex) throws Exception {
		BibTeXDatabase database = new BibTeXParser().parse(new StringReader(bibtex));
		assertThat(database.getEntries()).hasSize(1);
		BibTeXEntry entry = database.getEntries().values().iterator().next();
		Map<String, String> fields = new HashMap<>();
		fields.put("@type", entry.getType().getValue());
		fields.put("@key", entry.getKey().getValue());
		for (Map.Entry<Key, Value> field : entry.getFields().entrySet()) {
			fields.put(field.getKey().getValue(),
					new LaTeXPrinter().print(new LaTeXParser().parse(field.getValue().toUserString())));
		}
		return fields;
	}

}
