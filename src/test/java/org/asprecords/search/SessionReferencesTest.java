package org.asprecords.search;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SessionReferencesTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			ASP22                      | 22                | ''
			ASP 22                     | 22                | ''
			asp-22                     | 22                | ''
			ICC-ASP/22                 | 22                | ''
			22nd session               | 22                | ''
			the 22nd session budget    | 22                | the budget
			22e session                | 22                | ''
			22ème session              | 22                | ''
			session 7                  | 7                 | ''
			Palestine ASP22            | 22                | Palestine
			S-1                        | S-1               | ''
			special session 1          | S-1               | ''
			Review Conference          | review-conference | ''
			Conférence de révision     | review-conference | ''
			who spoke palestine asp 22 | 22                | who spoke palestine
			""")
	void aSessionNamedAsPeopleNameItIsReadAndTakenOutOfTheWords(String query, String slug, String words) {
		SessionReferences.Reading reading = SessionReferences.read(query);
		assertThat(reading.slugs()).containsExactly(slug);
		assertThat(reading.years()).isEmpty();
		assertThat(reading.words()).isEqualTo(words);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			judges 2023 | 2023 | judges
			2010        | 2010 | ''
			""")
	void aYearNamesTheSessionsHeldInIt(String query, int year, String words) {
		SessionReferences.Reading reading = SessionReferences.read(query);
		assertThat(reading.slugs()).isEmpty();
		assertThat(reading.years()).containsExactly(year);
		assertThat(reading.words()).isEqualTo(words);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			budget
			Article 39
			2001 resolutions
			350 candidates
			assessment of contributions
			""")
	void otherWordsAndNumbersAreLeftAsWords(String query) {
		SessionReferences.Reading reading = SessionReferences.read(query);
		assertThat(reading.namesSessions()).isFalse();
		assertThat(reading.words()).isEqualTo(query);
	}

	@org.junit.jupiter.api.Test
	void severalReferencesAreAllRead() {
		assertThat(SessionReferences.read("ASP21 and ASP 22 cooperation").slugs()).isEqualTo(List.of("21", "22"));
	}

}
