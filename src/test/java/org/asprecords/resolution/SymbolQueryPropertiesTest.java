package org.asprecords.resolution;

import java.util.List;
import java.util.Locale;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

import org.asprecords.resolution.SymbolQuery.Exact;
import org.asprecords.resolution.SymbolQuery.Text;

import static org.assertj.core.api.Assertions.assertThat;

class SymbolQueryPropertiesTest {

	private static final List<String> HYPHENS = List.of("-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2212",
			"\uFE63", "\uFF0D");

	private static final List<String> SLASHES = List.of("/", "\u2215", "\uFF0F");

	private static final List<String> SPACES = List.of(" ", "  ", "\u00A0", "\u2007", "\u202F", "\u200B", "\t");

	private static final List<String[]> WRAPPINGS = List.of(new String[] { "\"", "\"" }, new String[] { "'", "'" },
			new String[] { "\u201C", "\u201D" }, new String[] { "\u00AB ", " \u00BB" }, new String[] { "", "." },
			new String[] { "", "," }, new String[] { "\u201C", ".\u201D" }, new String[] { " ", "\u00A0" });

	@Property(tries = 3000)
	void mangledVariantsOfAnySymbolParseToThatSymbol(@ForAll("symbols") ResolutionSymbol symbol,
			@ForAll Random random) {
		String mangled = mangle(symbol, random);
		assertThat(SymbolQuery.parse(mangled)).as("parse(\"%s\")", mangled).isEqualTo(new Exact(symbol));
	}

	@Property
	void canonicalFormRoundTrips(@ForAll("allSymbols") ResolutionSymbol symbol) {
		assertThat(SymbolQuery.parse(symbol.canonical())).isEqualTo(new Exact(symbol));
	}

	@Property(tries = 5000)
	void parseNeverThrowsOnArbitraryStrings(@ForAll @StringLength(max = 300) String input) {
		assertThat(SymbolQuery.parse(input)).isNotNull();
	}

	@Property(tries = 5000)
	void parseNeverThrowsOnSymbolLikeStringsAndExactResultsAreStable(@ForAll("symbolLike") String input) {
		SymbolQuery query = SymbolQuery.parse(input);
		assertThat(query).isNotNull();
		if (query instanceof Exact exact) {
			assertThat(SymbolQuery.parse(exact.symbol().canonical())).isEqualTo(exact);
		}
		if (query instanceof Text text) {
			assertThat(input).contains(text.text());
		}
	}

	/** Sessions 1 to 99, S-1 to S-9 and RC; numbers 1 to 99. */
	@Provide
	Arbitrary<ResolutionSymbol> symbols() {
		Arbitrary<Integer> numbers = Arbitraries.integers().between(1, 99);
		return Arbitraries.oneOf(
				Combinators.combine(Arbitraries.integers().between(1, 99), numbers).as(ResolutionSymbol::regular),
				Combinators.combine(Arbitraries.integers().between(1, 9), numbers).as(ResolutionSymbol::special),
				numbers.map(ResolutionSymbol::reviewConference));
	}

	/** Every valid symbol: sessions 1 to 999, S-1 to S-999 and RC; numbers 1 to 999. */
	@Provide
	Arbitrary<ResolutionSymbol> allSymbols() {
		Arbitrary<Integer> numbers = Arbitraries.integers().between(1, 999);
		return Arbitraries.oneOf(Combinators.combine(numbers, numbers).as(ResolutionSymbol::regular),
				Combinators.combine(numbers, numbers).as(ResolutionSymbol::special),
				numbers.map(ResolutionSymbol::reviewConference));
	}

	/**
	 * Strings made of the characters symbols are made of, so that the grammar is
	 * exercised.
	 */
	@Provide
	Arbitrary<String> symbolLike() {
		return Arbitraries.strings()
			.withChars("ICASPRESicasprs0123456789-/. \u2010\u2013\u2215\uFF0F\u00A0\u200B\"'.,\u201C\u201D\t")
			.ofMaxLength(40);
	}

	/**
	 * Writes the symbol as a visitor might: random case per letter, leading zeros, the
	 * {@code ICC-} or {@code ICC-ASP/} prefix dropped (or {@code ICC-} added before
	 * {@code RC}), each separator kept, removed, replaced (typographic hyphens, other
	 * slashes, a space) or padded with spaces, and quotes or a final period around it.
	 */
	private static String mangle(ResolutionSymbol symbol, Random random) {
		StringBuilder out = new StringBuilder();
		String session = symbol.session();
		if (session.equals(ResolutionSymbol.REVIEW_CONFERENCE)) {
			if (random.nextBoolean()) {
				out.append(letters("ICC", random)).append(separator("-", random));
			}
			out.append(letters("RC", random));
		}
		else {
			int prefix = random.nextInt(3);
			if (prefix == 0) {
				out.append(letters("ICC", random)).append(separator("-", random));
			}
			if (prefix <= 1) {
				out.append(letters("ASP", random)).append(separator("/", random));
			}
			if (session.startsWith("S-")) {
				out.append(letters("S", random))
					.append(separator("-", random))
					.append(digits(session.substring(2), random));
			}
			else {
				out.append(digits(session, random));
			}
		}
		out.append(separator("/", random))
			.append(letters("Res", random))
			.append(separator(".", random))
			.append(digits(Integer.toString(symbol.number()), random));
		if (random.nextInt(3) == 0) {
			String[] wrapping = pick(WRAPPINGS, random);
			return wrapping[0] + out + wrapping[1];
		}
		return out.toString();
	}

	private static String letters(String word, Random random) {
		StringBuilder out = new StringBuilder();
		for (char c : word.toCharArray()) {
			String letter = String.valueOf(c);
			out.append(random.nextBoolean() ? letter.toUpperCase(Locale.ROOT) : letter.toLowerCase(Locale.ROOT));
		}
		return out.toString();
	}

	private static String digits(String number, Random random) {
		return "0".repeat(random.nextInt(3)) + number;
	}

	private static String separator(String canonical, Random random) {
		String core = switch (random.nextInt(6)) {
			case 0 -> "";
			case 1 -> " ";
			case 2 -> pick(HYPHENS, random);
			case 3 -> pick(SLASHES, random);
			case 4 -> (canonical.equals(".")) ? "" : canonical;
			default -> canonical;
		};
		String before = random.nextInt(4) == 0 ? pick(SPACES, random) : "";
		String after = random.nextInt(4) == 0 ? pick(SPACES, random) : "";
		return before + core + after;
	}

	private static <T> T pick(List<T> choices, Random random) {
		return choices.get(random.nextInt(choices.size()));
	}

}
