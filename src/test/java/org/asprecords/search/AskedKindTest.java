package org.asprecords.search;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A question's kind is read from its first words, which are not searched; anything else
 * is left as typed.
 */
class AskedKindTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "none", textBlock = """
			who spoke palestine                  | STATEMENT  | palestine
			Who said what about cooperation      | STATEMENT  | what about cooperation
			who spoke about the budget           | STATEMENT  | the budget
			which States spoke on Ukraine        | STATEMENT  | Ukraine
			statements on complementarity        | STATEMENT  | complementarity
			qui a parlé de la Palestine          | STATEMENT  | Palestine
			déclarations sur la coopération      | STATEMENT  | coopération
			resolutions on the budget            | RESOLUTION | the budget
			résolutions sur le budget            | RESOLUTION | budget
			palestine                            | none       | palestine
			who spoke                            | none       | who spoke
			whose budget                         | none       | whose budget
			statements                           | none       | statements
			""")
	void theKindAQuestionAsksForIsReadAndTakenOutOfTheWords(String query, SearchKind kind, String words) {
		AskedKind.Reading reading = AskedKind.read(query);
		assertThat(reading.kind()).isEqualTo(kind);
		assertThat(reading.words()).isEqualTo(words);
	}

}
