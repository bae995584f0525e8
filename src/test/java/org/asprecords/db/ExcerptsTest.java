package org.asprecords.db;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Excerpts mark the words a search asked for, read as the index reads them, and keep to
 * ts_headline's sizes.
 */
class ExcerptsTest {

	@Test
	void marksEnglishWordsOfTheSameStem() {
		Snippet snippet = Excerpts.of("'budget' & 'approv'", null)
			.english("The Assembly approved the programme budgets for 2024.");
		assertThat(matches(snippet)).containsExactly("approved", "budgets");
		assertThat(text(snippet)).isEqualTo("The Assembly approved the programme budgets for 2024");
	}

	@Test
	void wordsTheSearchExcludesAreNotMarked() {
		Snippet snippet = Excerpts.of("'court' & !'budget'", null).english("The Court and its budget");
		assertThat(matches(snippet)).containsExactly("Court");
	}

	@Test
	void namesMatchWithoutAccentsAndWithoutStemming() {
		Excerpts excerpts = Excerpts.of("'kaukoranta'", "'paivi' & 'kaukoranta'");
		assertThat(matches(excerpts.names("Päivi Kaukoranta — Paivi Kaukorantas"))).containsExactly("Päivi",
				"Kaukoranta", "Paivi");
	}

	@Test
	void aQuoteInsideALexemeIsRead() {
		assertThat(Excerpts.lexemes("'state''s' & 'parti'")).containsExactlyInAnyOrder("state's", "parti");
	}

	@Test
	void aTextWithoutMatchesShowsItsFirstWords() {
		String text = words(0, 40);
		Snippet snippet = Excerpts.of("'nothing'", null).english(text);
		assertThat(matches(snippet)).isEmpty();
		assertThat(text(snippet)).isEqualTo(words(0, Excerpts.FEWEST_WORDS));
	}

	@Test
	void aLongTextShowsAtMostTwoFragmentsAroundItsMatches() {
		// w0 … w199, with the word "target" in place of w20, w100 and w180
		String text = words(0, 200).replace("w20 ", "target ").replace("w100 ", "target ").replace("w180 ", "target ");
		Snippet snippet = Excerpts.of("'target'", null).english(text);
		assertThat(matches(snippet)).containsExactly("target", "target");
		String shown = text(snippet);
		assertThat(shown.split(Excerpts.BETWEEN)).hasSize(Excerpts.MOST_FRAGMENTS)
			.allSatisfy((fragment) -> assertThat(fragment.split(" ")).hasSize(Excerpts.MOST_WORDS));
		assertThat(shown).startsWith("w3 w4").doesNotContain("w180");
	}

	@Test
	void aSecondMatchNearTheFirstContinuesItsFragment() {
		// "target" in place of w20 and w40: the first fragment is w3 to w37, the second
		// starts where it ends and keeps its length from w23 (w38 to w57); a text is read
		// no further than that, however long
		String text = words(0, 5000).replace("w20 ", "target ").replace("w40 ", "target ");
		String shown = text(Excerpts.of("'target'", null).english(text));
		assertThat(shown).isEqualTo(
				words(3, 38).replace("w20", "target") + Excerpts.BETWEEN + words(38, 58).replace("w40", "target"));
	}

	@Test
	void aShortTextIsShownWhole() {
		Snippet snippet = Excerpts.of("'victim'", null).english("Trust Fund for Victims: the Board's report.");
		assertThat(text(snippet)).isEqualTo("Trust Fund for Victims: the Board's report");
		assertThat(matches(snippet)).containsExactly("Victims");
	}

	private static String words(int from, int to) {
		return IntStream.range(from, to).mapToObj((i) -> "w" + i).collect(Collectors.joining(" "));
	}

	private static List<String> matches(Snippet snippet) {
		return snippet.parts().stream().filter(Snippet.Part::match).map(Snippet.Part::text).toList();
	}

	private static String text(Snippet snippet) {
		return snippet.parts().stream().map(Snippet.Part::text).collect(Collectors.joining());
	}

}
