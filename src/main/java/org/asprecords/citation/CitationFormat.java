package org.asprecords.citation;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.http.MediaType;

/**
 * The files a citation downloads as, by the name their address gives them.
 */
public enum CitationFormat {

	BIBTEX("bibtex", ".bib", new MediaType("application", "x-bibtex", StandardCharsets.UTF_8), BibtexWriter::write),

	/** JSON is UTF-8 by definition (RFC 8259): the type takes no charset. */
	CSL_JSON("csl-json", ".json", new MediaType("application", "vnd.citationstyles.csl+json"), CslJsonWriter::write);

	private final String name;

	private final String extension;

	private final MediaType mediaType;

	private final Function<Citation, String> writer;

	CitationFormat(String name, String extension, MediaType mediaType, Function<Citation, String> writer) {
		this.name = name;
		this.extension = extension;
		this.mediaType = mediaType;
		this.writer = writer;
	}

	static Optional<CitationFormat> named(String name) {
		return Arrays.stream(values()).filter((format) -> format.name.equals(name)).findFirst();
	}

	MediaType mediaType() {
		return this.mediaType;
	}

	String fileName(Citation citation) {
		return citation.key() + this.extension;
	}

	byte[] write(Citation citation) {
		return this.writer.apply(citation).getBytes(StandardCharsets.UTF_8);
	}

}
