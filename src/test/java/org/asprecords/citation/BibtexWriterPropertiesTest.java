package org.asprecords.citation;

import java.time.LocalDate;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever a title or a speaker's name holds, the BibTeX entry parses, and LaTeX prints
 * them as recorded.
 */
class BibtexWriterPropertiesTest {

	/**
	 * Letters, digits, accented letters, punctuation and every character BibTeX or LaTeX
	 * reads as markup. Left out: the apostrophe, backquote and hyphen, which LaTeX itself
	 * prints as typographic quotes and dashes ("--" as "–"), as a reader expects.
	 */
	private static final String CHARACTERS = "abcXYZ019 éÉçœ–—“”«»:;,.!?()[]/@*+=<>|\"{}%&$#_~^\\";

	@Property(tries = 2000)
	void anyTextReadsBackAsRecorded(@ForAll("texts") String title, @ForAll("texts") String author) throws Exception {
		Citation citation = new Citation(CitationKind.RESOLUTION, "asp-resolutions-x", "/resolutions/x",
				"http://localhost/resolutions/x", author, title, "ICC-ASP/1/Res.1", "1st session", "New York",
				CitedDate.span(LocalDate.of(2002, 9, 3), LocalDate.of(2002, 9, 10)),
				CitedDate.day(LocalDate.of(2002, 9, 9)), "Resolution", null, "text");

		Map<String, String> entry = BibtexReader.entry(BibtexWriter.write(citation));

		assertThat(entry).containsEntry("title", title).containsEntry("author", author);
	}

	@Provide
	Arbitrary<String> texts() {
		return Arbitraries.strings()
			.withChars(CHARACTERS.toCharArray())
			.ofMinLength(1)
			.ofMaxLength(40)
			// Records are stored trimmed, their spaces single
			.map((text) -> text.strip().replaceAll(" +", " "))
			.filter((text) -> !text.isEmpty());
	}

}
