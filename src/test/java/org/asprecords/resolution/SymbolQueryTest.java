package org.asprecords.resolution;

import java.util.stream.Stream;

import org.asprecords.resolution.SymbolQuery.Exact;
import org.asprecords.resolution.SymbolQuery.Issued;
import org.asprecords.resolution.SymbolQuery.Partial;
import org.asprecords.resolution.SymbolQuery.Text;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class SymbolQueryTest {

	private static final Exact RES_22_4 = new Exact(ResolutionSymbol.regular(22, 4));

	private static final Exact RES_S1_1 = new Exact(ResolutionSymbol.special(1, 1));

	private static final Exact RC_RES_6 = new Exact(ResolutionSymbol.reviewConference(6));

	static Stream<Arguments> canonicalSymbols() {
		return Stream.of(arguments("ICC-ASP/22/Res.4", ResolutionSymbol.regular(22, 4)),
				arguments("ICC-ASP/1/Res.1", ResolutionSymbol.regular(1, 1)),
				arguments("ICC-ASP/999/Res.999", ResolutionSymbol.regular(999, 999)),
				arguments("ICC-ASP/S-1/Res.1", ResolutionSymbol.special(1, 1)),
				arguments("ICC-ASP/S-12/Res.3", ResolutionSymbol.special(12, 3)),
				arguments("RC/Res.6", ResolutionSymbol.reviewConference(6)));
	}

	@ParameterizedTest
	@MethodSource("canonicalSymbols")
	void canonicalSymbolsOfAllThreeKindsAreExact(String input, ResolutionSymbol expected) {
		assertThat(SymbolQuery.parse(input)).isEqualTo(new Exact(expected));
		assertThat(expected.canonical()).isEqualTo(input);
		assertThat(expected).hasToString(input);
	}

	@ParameterizedTest
	@ValueSource(strings = { "icc-asp/22/res.4", "ICC-ASP/22/RES.4", "iCc-aSp/22/rEs.4", "Icc-Asp/22/Res.4" })
	void anyLetterCaseIsUnderstood(String input) {
		assertThat(SymbolQuery.parse(input)).isEqualTo(RES_22_4);
	}

	@ParameterizedTest
	@ValueSource(strings = { "ICC ASP 22 Res 4", "ICC - ASP / 22 / Res. 4", "  ICC-ASP/22/Res.4  ",
			"ICC-ASP / 22/Res .4", "ICCASP22RES4", "ICC-ASP22Res4", "ICC   ASP   22   Res   4" })
	void spacesAnywhereOrNoneAreUnderstood(String input) {
		assertThat(SymbolQuery.parse(input)).isEqualTo(RES_22_4);
	}

	@ParameterizedTest
	@ValueSource(strings = { "ICC-ASP/22/Res.4", "ICC-ASP/22/Res4", "ICC-ASP/22/Res 4", "ICC-ASP/22/Res. 4" })
	void resolutionNumberWithOrWithoutDotIsUnderstood(String input) {
		assertThat(SymbolQuery.parse(input)).isEqualTo(RES_22_4);
	}

	@ParameterizedTest
	@ValueSource(strings = { "ASP/22/Res.4", "22/Res.4", "asp 22 res 4", "22 res 4", "22Res4", "ASP-22-Res.4" })
	void theIccOrIccAspPrefixMayBeLeftOut(String input) {
		assertThat(SymbolQuery.parse(input)).isEqualTo(RES_22_4);
	}

	@ParameterizedTest
	@ValueSource(strings = { "ICC/ASP/22/Res.4", "ICC-ASP-22-Res.4", "ICC-ASP-22-Res-4", "ICC.ASP.22.Res.4",
			"ICC/ASP/22/Res/4" })
	void hyphensSlashesAndDotsAreInterchangeableSeparators(String input) {
		assertThat(SymbolQuery.parse(input)).isEqualTo(RES_22_4);
	}

	@ParameterizedTest
	@ValueSource(strings = { "ICC-ASP/022/Res.04", "ICC-ASP/0022/Res.004", "ASP/022/Res.4", "ICC-ASP/22/Res.0004" })
	void leadingZerosAreIgnored(String input) {
		assertThat(SymbolQuery.parse(input)).isEqualTo(RES_22_4);
	}

	@ParameterizedTest
	@ValueSource(strings = { "ICC\u2010ASP/22/Res.4", "ICC\u2011ASP/22/Res.4", "ICC\u2012ASP/22/Res.4",
			"ICC\u2013ASP/22/Res.4", "ICC\u2014ASP/22/Res.4", "ICC\u2212ASP/22/Res.4", "ICC\uFE63ASP/22/Res.4",
			"ICC\uFF0DASP/22/Res.4", "ICC\u2013ASP\u201322\u2013Res.4", "ICC \u2014 ASP/22/Res.4" })
	void typographicHyphensPastedFromPdfsAreUnderstood(String input) {
		assertThat(SymbolQuery.parse(input)).isEqualTo(RES_22_4);
	}

	@ParameterizedTest
	@ValueSource(strings = { "ICC-ASP/S\u20101/Res.1", "ICC\u2011ASP/S\u20111/Res.1", "ICC-ASP/S\u20131/Res.1",
			"ICC-ASP/S\u22121/Res.1", "ICC\uFF0DASP\uFF0FS\uFF0D1\uFF0FRes.1" })
	void typographicHyphensInSpecialSessionsAreUnderstood(String input) {
		assertThat(SymbolQuery.parse(input)).isEqualTo(RES_S1_1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "ICC-ASP\u221522\u2215Res.4", "ICC-ASP\uFF0F22\uFF0FRes.4", "ICC-ASP/22\u2215Res.4",
			"ICC-ASP\u204422\u2044Res.4" })
	void divisionAndFullwidthSlashesAreUnderstood(String input) {
		assertThat(SymbolQuery.parse(input)).isEqualTo(RES_22_4);
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "ICC-ASP/22/Res.\u00A04", "ICC\u00A0ASP\u00A022\u00A0Res\u00A04", "ICC\u2007ASP\u202F22 Res 4",
					"ICC-ASP/22/\u200BRes.4", "\u200BICC-ASP/22/Res.4\u200B", "\u00A0ICC-ASP/22/Res.4\u00A0",
					"\uFEFFICC-ASP/22/Res.4", "ICC-ASP/22/Res.\u00AD4", "ICC\u3000ASP\u300022\u3000Res\u30004" })
	void unicodeNonBreakingAndZeroWidthSpacesAreUnderstood(String input) {
		assertThat(SymbolQuery.parse(input)).isEqualTo(RES_22_4);
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"ICC-ASP/22/Res.4\"", "'ICC-ASP/22/Res.4'", "\u201CICC-ASP/22/Res.4\u201D",
			"\u2018ICC-ASP/22/Res.4\u2019", "\u00ABICC-ASP/22/Res.4\u00BB", "\u00AB ICC-ASP/22/Res.4 \u00BB",
			"ICC-ASP/22/Res.4.", "ICC-ASP/22/Res.4,", "ICC-ASP/22/Res.4;", "ICC-ASP/22/Res.4 .",
			"\u201CICC-ASP/22/Res.4.\u201D", "\u201CICC-ASP/22/Res.4\u201D,", "(ICC-ASP/22/Res.4)",
			"[ICC-ASP/22/Res.4]", "`ICC-ASP/22/Res.4`" })
	void surroundingQuotesAndTrailingPunctuationAreIgnored(String input) {
		assertThat(SymbolQuery.parse(input)).isEqualTo(RES_22_4);
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"\uFF29\uFF23\uFF23\uFF0D\uFF21\uFF33\uFF30\uFF0F\uFF12\uFF12\uFF0F\uFF32\uFF45\uFF53\uFF0E\uFF14",
			"ICC-ASP/\uFF12\uFF12/Res.\uFF14", "ICC-ASP/22/Res\uFF0E4" })
	void fullwidthCharactersAreNormalisedFirst(String input) {
		assertThat(SymbolQuery.parse(input)).isEqualTo(RES_22_4);
	}

	@ParameterizedTest
	@ValueSource(strings = { "ICC-ASP/22/Res.4\n", "\tICC-ASP/22/Res.4", "ICC-ASP/22/Res.4\r\n", "ICC\tASP\t22\tRes\t4",
			"ICC-ASP/22/Res.4\u0000", "ICC-ASP/22\nRes.4" })
	void controlCharactersCountAsSpaces(String input) {
		assertThat(SymbolQuery.parse(input)).isEqualTo(RES_22_4);
	}

	@ParameterizedTest
	@ValueSource(strings = { "ICC-ASP/S-1/Res.1", "ICC-ASP/S1/Res.1", "ICC-ASP/S 1/Res.1", "icc-asp/s-01/res.01",
			"ASP/S-1/Res.1", "S-1/Res.1", "s1 res 1", "ICC ASP S 1 Res 1", "ICC-ASP-S-1-Res.1", "ICCASPS1RES1" })
	void specialSessionsMayBeWrittenWithOrWithoutHyphenAndWithLeadingZeros(String input) {
		assertThat(SymbolQuery.parse(input)).isEqualTo(RES_S1_1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "RC/Res.6", "ICC-RC/Res.6", "RC Res 6", "rc/res.06", "RC/Res6", "ICC/RC/Res.6", "RC-Res.6",
			"\u201CRC/Res.6\u201D.", "RC\u2215Res.6", "RCRes6" })
	void reviewConferenceSymbolsAreUnderstood(String input) {
		assertThat(SymbolQuery.parse(input)).isEqualTo(RC_RES_6);
	}

	static Stream<Arguments> sessionsOnly() {
		return Stream.of(arguments("ASP/22", "22"), arguments("ICC-ASP/22", "22"), arguments("ASP22", "22"),
				arguments("asp 022", "22"), arguments("ICC ASP 22", "22"), arguments("ICC-ASP/22/", "22"),
				arguments("ICC\u2013ASP\u221522.", "22"), arguments("ICC-ASP/1", "1"), arguments("S-1", "S-1"),
				arguments("S1", "S-1"), arguments("S 1", "S-1"), arguments("s-01", "S-1"),
				arguments("ICC-ASP/S-2", "S-2"), arguments("ASP S2", "S-2"), arguments("RC", "RC"),
				arguments("ICC-RC", "RC"), arguments("rc", "RC"));
	}

	@ParameterizedTest
	@MethodSource("sessionsOnly")
	void onlyASessionIsAPartialQueryForThatSession(String input, String session) {
		assertThat(SymbolQuery.parse(input)).isEqualTo(new Partial(session, null));
	}

	static Stream<Arguments> numbersOnly() {
		return Stream.of(arguments("Res.4", 4), arguments("res 4", 4), arguments("RES4", 4), arguments("Res. 04", 4),
				arguments("res.4.", 4), arguments("\u201CRes.4\u201D", 4), arguments("Res.999", 999),
				arguments("Res-12", 12));
	}

	@ParameterizedTest
	@MethodSource("numbersOnly")
	void onlyAResolutionNumberIsAPartialQueryForThatNumber(String input, int number) {
		assertThat(SymbolQuery.parse(input)).isEqualTo(new Partial(null, number));
	}

	@ParameterizedTest
	@ValueSource(strings = { "22", "022", "4", "1", "22/", "22 4", "22/4" })
	void aBareNumberIsTooAmbiguousAndIsFullText(String input) {
		assertThat(SymbolQuery.parse(input)).isEqualTo(new Text(input));
	}

	@ParameterizedTest
	@ValueSource(strings = { "ICC-ASP/0/Res.4", "ICC-ASP/22/Res.0", "ICC-ASP/000/Res.4", "ICC-ASP/22/Res.00",
			"ICC-ASP/22/Res.1000", "ICC-ASP/1000/Res.4", "ICC-ASP/S-0/Res.1", "RC/Res.0", "RC/Res.1000", "Res.0",
			"Res.1000", "ASP/0", "ASP/1000", "S-0", "ICC-ASP/22/Res.99999999999999999999" })
	void sessionOrNumberZeroOrAbove999IsFullText(String input) {
		assertThat(SymbolQuery.parse(input)).isEqualTo(new Text(input));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Res.", "Res", "res .", "ICC-ASP/22/Res.4/extra", "ICC-ASP/22/Res.4 extra",
			"ICC-ASP/22/Res.4.5", "ICC-ASP/22/Res.4 5", "Resolution on cooperation", "Resolution 4", "ASP", "ICC-ASP",
			"ICC", "ICC-ASP/Res.4", "ICC-22/Res.4", "ICC-ASP/22/Res", "ICC-ASP/22/4", "ICC-ASP/S/Res.1", "S-",
			"RC/Res.", "RC/22/Res.4", "ASP 2 2 Res 4", "cooperation 22", "Rome Statute", "crime of aggression",
			"22 Res 4 on cooperation", "ICC-ASP/22/Res.4 ICC-ASP/22/Res.5", "ICC-ASP/\u0662\u0662/Res.4" })
	void nonsenseIsFullTextNotASymbol(String input) {
		assertThat(SymbolQuery.parse(input)).isEqualTo(new Text(input));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			ICC-ASP/22/Res.4/Corr.1  | 22  | 4 | Corr.1 | ICC-ASP/22/Res.4/Corr.1
			ICC-ASP/22/Res.4/corr. 1 | 22  | 4 | Corr.1 | ICC-ASP/22/Res.4/Corr.1
			asp 22 res 4 add 1       | 22  | 4 | Add.1  | ICC-ASP/22/Res.4/Add.1
			ICC-ASP/S-1/Res.1/Rev.2  | S-1 | 1 | Rev.2  | ICC-ASP/S-1/Res.1/Rev.2
			ICC-ASP/22/Res.4*        | 22  | 4 | *      | ICC-ASP/22/Res.4*
			ICC-ASP/22/Res.4/Corr.1* | 22  | 4 | Corr.1 | ICC-ASP/22/Res.4/Corr.1
			""")
	void aDocumentIssuedAfterAResolutionLeadsToTheResolution(String input, String session, int number, String document,
			String asIssued) {
		SymbolQuery parsed = SymbolQuery.parse(input);
		assertThat(parsed).isEqualTo(new Issued(new ResolutionSymbol(session, number), document));
		assertThat(((Issued) parsed).asIssued()).isEqualTo(asIssued);
	}

	@Test
	void anIssuedDocumentsAddressIsItsResolutionsPageSayingWhatWasAsked() {
		assertThat(((Issued) SymbolQuery.parse("ICC-ASP/22/Res.4/Corr.1")).path())
			.isEqualTo("/resolutions/ICC-ASP/22/Res.4?issued=Corr.1");
		assertThat(((Issued) SymbolQuery.parse("ICC-ASP/22/Res.4/Corr.1")).kind()).isEqualTo("corr");
		assertThat(((Issued) SymbolQuery.parse("ICC-ASP/22/Res.4*")).kind()).isEqualTo("reissue");
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { " ", "   ", "\t\n", "\u00A0", "\u200B", "\u3000 \u2007" })
	void nullAndBlankInputAreEmptyText(String input) {
		assertThat(SymbolQuery.parse(input)).isEqualTo(new Text(""));
	}

	@Test
	void fullTextIsTrimmedButOtherwiseKeptAsTyped() {
		assertThat(SymbolQuery.parse("  Resolution\u00A0on  cooperation \u00A0"))
			.isEqualTo(new Text("Resolution\u00A0on  cooperation"));
		assertThat(SymbolQuery.parse("\u201Cpeace and justice\u201D"))
			.isEqualTo(new Text("\u201Cpeace and justice\u201D"));
	}

	@Test
	void inputUpTo200CharactersIsExamined() {
		String input = " ".repeat(200 - "ICC-ASP/22/Res.4".length()) + "ICC-ASP/22/Res.4";
		assertThat(input).hasSize(200);
		assertThat(SymbolQuery.parse(input)).isEqualTo(RES_22_4);
	}

	@Test
	void inputOver200CharactersIsFullTextWithoutFurtherExamination() {
		String input = " ".repeat(201 - "ICC-ASP/22/Res.4".length()) + "ICC-ASP/22/Res.4";
		assertThat(input).hasSize(201);
		assertThat(SymbolQuery.parse(input)).isEqualTo(new Text("ICC-ASP/22/Res.4"));
		String huge = "ICC-ASP/22/Res.4 ".repeat(100_000);
		assertThat(SymbolQuery.parse(huge)).isEqualTo(new Text(huge.strip()));
		String spaces = " ".repeat(1_000_000) + "x";
		assertThat(SymbolQuery.parse(spaces)).isEqualTo(new Text("x"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "\u0000", "\u0007\u0008\u001B", "\uD800", "\uDFFF", "ICC-ASP/22/Res.4\uD800",
			"\uD83D\uDE00", "\uFDFA\uFDFA\uFDFA\uFDFA\uFDFA\uFDFA\uFDFA\uFDFA\uFDFA\uFDFA\uFDFA\uFDFA",
			"\u0130CC-ASP/22/Res.4", "\uFFFF", "(((((", "\\", "$1", "ICC-ASP/22/Res.4\\E", "[", "*+?{}" })
	void controlCharactersAndOddInputNeverThrow(String input) {
		assertThatNoException().isThrownBy(() -> SymbolQuery.parse(input));
		assertThat(SymbolQuery.parse(input)).isNotNull();
	}

	@Nested
	class Symbols {

		@Test
		void canonicalFormsOfTheThreeKinds() {
			assertThat(ResolutionSymbol.regular(22, 4).canonical()).isEqualTo("ICC-ASP/22/Res.4");
			assertThat(ResolutionSymbol.special(1, 1).canonical()).isEqualTo("ICC-ASP/S-1/Res.1");
			assertThat(ResolutionSymbol.reviewConference(6).canonical()).isEqualTo("RC/Res.6");
			assertThat(new ResolutionSymbol("22", 4)).isEqualTo(ResolutionSymbol.regular(22, 4));
		}

		static Stream<Arguments> invalidSymbols() {
			return Stream.of(arguments(null, 1), arguments("", 1), arguments("0", 1), arguments("022", 1),
					arguments("1000", 1), arguments("-1", 1), arguments("S-0", 1), arguments("S1", 1),
					arguments("s-1", 1), arguments("S-01", 1), arguments("rc", 1), arguments("ASP", 1),
					arguments(" 22", 1), arguments("22", 0), arguments("22", -4), arguments("22", 1000),
					arguments("RC", 0));
		}

		@ParameterizedTest
		@MethodSource("invalidSymbols")
		void nonCanonicalSessionsAndNumbersOutside1To999AreRejected(String session, int number) {
			assertThatIllegalArgumentException().isThrownBy(() -> new ResolutionSymbol(session, number));
		}

		@Test
		void partialQueriesHaveExactlyOneValidPart() {
			assertThatIllegalArgumentException().isThrownBy(() -> new Partial(null, null));
			assertThatIllegalArgumentException().isThrownBy(() -> new Partial("22", 4));
			assertThatIllegalArgumentException().isThrownBy(() -> new Partial("022", null));
			assertThatIllegalArgumentException().isThrownBy(() -> new Partial(null, 0));
			assertThat(Partial.session("S-1")).isEqualTo(new Partial("S-1", null));
			assertThat(Partial.number(4)).isEqualTo(new Partial(null, 4));
		}

	}

}
