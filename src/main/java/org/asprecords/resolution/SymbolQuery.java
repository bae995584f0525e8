package org.asprecords.resolution;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.asprecords.web.RecordPaths;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * What a visitor typed into the search box, understood as a resolution symbol
 * ({@link Exact}), a part of one ({@link Partial}) or a full-text query ({@link Text}).
 */
public sealed interface SymbolQuery {

	/**
	 * Understands what a visitor typed or pasted. Accepted, in any combination:
	 * <ul>
	 * <li>the three kinds of symbol: {@code ICC-ASP/22/Res.4}, {@code ICC-ASP/S-1/Res.1},
	 * {@code RC/Res.6};</li>
	 * <li>any letter case, and spaces anywhere or none: {@code icc asp 22 res 4},
	 * {@code ASP22RES4};</li>
	 * <li>{@code Res.4}, {@code Res 4} or {@code Res4};</li>
	 * <li>with or without the {@code ICC-} or {@code ICC-ASP/} prefix
	 * ({@code ASP/22/Res.4}, {@code 22/Res.4}), {@code ICC-RC/Res.6};</li>
	 * <li>hyphens, slashes, spaces and dots interchangeably as separators:
	 * {@code ICC/ASP/22/Res.4}, {@code ICC-ASP-22-Res.4};</li>
	 * <li>leading zeros: {@code ICC-ASP/022/Res.04}, {@code S-01};</li>
	 * <li>{@code S-1} written {@code S1} or {@code S 1};</li>
	 * <li>text pasted from PDFs: compatibility characters (NFKC, e.g. fullwidth letters),
	 * typographic hyphens and dashes, division and fullwidth slashes, non-breaking, other
	 * Unicode and zero-width spaces, control characters as spaces;</li>
	 * <li>surrounding quotes or brackets and trailing punctuation such as a final period
	 * or comma.</li>
	 * </ul>
	 * Only a session ({@code ICC-ASP/22}, {@code ASP 22}, {@code S-1}, {@code RC}) or
	 * only a resolution number ({@code Res.4}, {@code res 4}) gives a {@link Partial}.
	 * Everything else is {@link Text}, among it a bare number ({@code 22}), session or
	 * resolution number 0 or above 999, trailing words ({@code ICC-ASP/22/Res.4/extra}),
	 * {@code ASP} alone, {@code null} (empty text) and input longer than 200 characters,
	 * which is not examined further. Never throws.
	 * @param input what the visitor typed, may be {@code null}
	 * @return the query
	 */
	static SymbolQuery parse(String input) {
		return SymbolQueryParser.parse(input);
	}

	/**
	 * A complete resolution symbol.
	 *
	 * @param symbol the symbol
	 */
	public record Exact(ResolutionSymbol symbol) implements SymbolQuery {

		public Exact {
			Objects.requireNonNull(symbol, "symbol");
		}

	}

	/**
	 * Only a session or only a resolution number; exactly one of the two is given.
	 *
	 * @param session a canonical session code ({@code "22"}, {@code "S-1"}, {@code "RC"})
	 * or {@code null}
	 * @param number a resolution number (1 to 999) or {@code null}
	 */
	public record Partial(String session, Integer number) implements SymbolQuery {

		public Partial {
			if ((session == null) == (number == null)) {
				throw new IllegalArgumentException("Exactly one of session and number must be given");
			}
			if (session != null && !ResolutionSymbol.isSession(session)) {
				throw new IllegalArgumentException("Not a session code: \"" + session + "\"");
			}
			if (number != null && !ResolutionSymbol.isNumber(number)) {
				throw new IllegalArgumentException("Resolution number out of range: " + number);
			}
		}

		public static Partial session(String session) {
			return new Partial(session, null);
		}

		public static Partial number(int number) {
			return new Partial(null, number);
		}

	}

	/**
	 * A full-text query.
	 * @param text what the visitor typed, without surrounding spaces; empty for blank
	 * input
	 */
	/**
	 * A document issued for a resolution after it: a corrigendum, an addendum or a
	 * revision ({@code ICC-ASP/22/Res.4/Corr.1}), or a reissue for technical reasons
	 * ({@code ICC-ASP/22/Res.4*}). The portal records the resolution, which such a symbol
	 * leads to; forms and session files, which want a resolution's own symbol, refuse it.
	 *
	 * @param symbol the resolution's symbol
	 * @param document what was issued: {@code Corr.1}, {@code Add.1}, {@code Rev.1} or
	 * {@code *}
	 */
	public record Issued(ResolutionSymbol symbol, String document) implements SymbolQuery {

		public Issued {
			Objects.requireNonNull(symbol, "symbol");
			Objects.requireNonNull(document, "document");
		}

		/**
		 * What kind of document: {@code corr}, {@code add}, {@code rev} or
		 * {@code reissue}, as message keys name it.
		 */
		public String kind() {
			return this.document.equals("*") ? "reissue"
					: this.document.substring(0, this.document.indexOf('.')).toLowerCase(Locale.ROOT);
		}

		/** The symbol as it was issued: {@code ICC-ASP/22/Res.4/Corr.1}. */
		public String asIssued() {
			return this.symbol.canonical() + (this.document.equals("*") ? "*" : "/" + this.document);
		}

		/**
		 * The resolution's page, saying what was asked for:
		 * {@code /resolutions/ICC-ASP/22/Res.4?issued=Corr.1}.
		 */
		public String path() {
			return UriComponentsBuilder.fromPath(RecordPaths.resolution(this.symbol.canonical()))
				.queryParam("issued", this.document)
				.encode()
				.build()
				.toUriString();
		}

	}

	public record Text(String text) implements SymbolQuery {

		public Text {
			Objects.requireNonNull(text, "text");
		}

	}

}

/**
 * The grammar behind {@link SymbolQuery#parse(String)}: the input is normalised, then
 * matched against {@link #SYMBOL} and {@link #PARTIAL}.
 */
final class SymbolQueryParser {

	static final int MAX_INPUT_LENGTH = 200;

	/**
	 * Hyphens and dashes ({@code ‐ ‑ ‒ – — ﹣ －} …) and the minus sign, all read as
	 * {@code -}.
	 */
	private static final Pattern DASHES = Pattern.compile("[\\p{Pd}\\u2212]");

	/** Fraction, division, big and fullwidth slashes, all read as {@code /}. */
	private static final Pattern SLASHES = Pattern.compile("[\\u2044\\u2215\\u29F8\\uFF0F]");

	/**
	 * Invisible format characters: zero-width spaces and joiners, soft hyphens, byte
	 * order marks.
	 */
	private static final Pattern INVISIBLES = Pattern.compile("\\p{Cf}");

	/**
	 * Runs of Unicode spaces and of control characters (tabs, line breaks), each read as
	 * one space.
	 */
	private static final Pattern SPACES = Pattern.compile("[\\p{Z}\\p{Cc}]+");

	/** Quotes and brackets that may surround a pasted symbol. */
	private static final String QUOTES = "\"'`‘’‚‛“”„‟«»‹›()\\[\\]";

	/** Surrounding spaces, quotes and brackets, and trailing punctuation. */
	private static final Pattern WRAPPING = Pattern.compile("^[\\x20" + QUOTES + "]+|[\\x20" + QUOTES + ".,;:!?]+$");

	/**
	 * In the grammar below, {@code _} stands for optional separators: hyphens, slashes,
	 * dots, spaces.
	 */
	private static final String SEPARATORS = "[-/.\\x20]*";

	/**
	 * A complete symbol: {@code ICC-ASP/22/Res.4}, {@code ICC-ASP/S-1/Res.1},
	 * {@code RC/Res.6}.
	 */
	private static final String SYMBOL_GRAMMAR = """
			(?:
			    (?: (?:ICC_)? ASP_ )?                   # ICC-ASP/, ASP/ or no prefix
			    (?: 0*(?<regular>[1-9][0-9]{0,2})       # 22
			      | S_ 0*(?<special>[1-9][0-9]{0,2})    # S-1
			    )
			  | (?:ICC_)? (?<reviewConference>RC)       # RC, ICC-RC
			)
			_ RES _ 0*(?<number>[1-9][0-9]{0,2}) _      # /Res.4
			""";

	private static final Pattern SYMBOL = grammar(SYMBOL_GRAMMAR);

	/**
	 * A symbol with what was issued after it: {@code /Corr.1}, {@code /Add.1},
	 * {@code /Rev.1}, and a reissue's {@code *}.
	 */
	private static final Pattern ISSUED = grammar(SYMBOL_GRAMMAR + """
			(?: (?<document>CORR|ADD|REV) _ 0*(?<issue>[1-9][0-9]?) _ )?   # /Corr.1
			(?<reissued>\\*)? _                                           # *
			""");

	/**
	 * Only a session ({@code ICC-ASP/22}, {@code S-1}, {@code RC}) or only a number
	 * ({@code Res.4}).
	 */
	private static final Pattern PARTIAL = grammar("""
			(?:
			    (?:ICC_)? ASP_ 0*(?<regular>[1-9][0-9]{0,2})               # ASP/22, never 22 alone
			  | (?: (?:ICC_)? ASP_ )? S_ 0*(?<special>[1-9][0-9]{0,2})     # S-1, ASP/S-1
			  | (?:ICC_)? (?<reviewConference>RC)                          # RC, ICC-RC
			  | RES _ 0*(?<number>[1-9][0-9]{0,2})                         # Res.4
			)
			_
			""");

	private SymbolQueryParser() {
	}

	static SymbolQuery parse(String input) {
		if (input == null) {
			return new SymbolQuery.Text("");
		}
		if (input.length() > MAX_INPUT_LENGTH) {
			return new SymbolQuery.Text(trim(input));
		}
		String normalised = normalise(input);
		Matcher symbol = SYMBOL.matcher(normalised);
		if (symbol.matches()) {
			return new SymbolQuery.Exact(
					new ResolutionSymbol(session(symbol), Integer.parseInt(symbol.group("number"))));
		}
		Matcher issued = ISSUED.matcher(normalised);
		if (issued.matches() && (issued.group("document") != null || issued.group("reissued") != null)) {
			ResolutionSymbol resolution = new ResolutionSymbol(session(issued),
					Integer.parseInt(issued.group("number")));
			String document = issued.group("document");
			return new SymbolQuery.Issued(resolution,
					(document != null)
							? document.substring(0, 1).toUpperCase(Locale.ROOT)
									+ document.substring(1).toLowerCase(Locale.ROOT) + "." + issued.group("issue")
							: "*");
		}
		Matcher partial = PARTIAL.matcher(normalised);
		if (partial.matches()) {
			String number = partial.group("number");
			return (number != null) ? SymbolQuery.Partial.number(Integer.parseInt(number))
					: SymbolQuery.Partial.session(session(partial));
		}
		return new SymbolQuery.Text(trim(input));
	}

	/**
	 * Brings pasted text to plain ASCII separators: NFKC (fullwidth forms, {@code ﹣},
	 * non-breaking spaces), then dashes to {@code -}, slashes to {@code /}, invisible
	 * characters removed, spaces collapsed, and surrounding quotes and trailing
	 * punctuation removed.
	 */
	static String normalise(String input) {
		String text = Normalizer.normalize(input, Normalizer.Form.NFKC);
		text = INVISIBLES.matcher(text).replaceAll("");
		text = DASHES.matcher(text).replaceAll("-");
		text = SLASHES.matcher(text).replaceAll("/");
		text = SPACES.matcher(text).replaceAll(" ");
		return WRAPPING.matcher(text).replaceAll("");
	}

	private static Pattern grammar(String template) {
		return Pattern.compile(template.replace("_", SEPARATORS), Pattern.COMMENTS | Pattern.CASE_INSENSITIVE);
	}

	private static String session(Matcher matcher) {
		if (matcher.group("regular") != null) {
			return matcher.group("regular");
		}
		if (matcher.group("special") != null) {
			return "S-" + matcher.group("special");
		}
		return ResolutionSymbol.REVIEW_CONFERENCE;
	}

	/**
	 * Removes leading and trailing spaces of any kind, control and invisible characters.
	 */
	private static String trim(String input) {
		int start = 0;
		int end = input.length();
		while (start < end && isBlank(input.charAt(start))) {
			start++;
		}
		while (end > start && isBlank(input.charAt(end - 1))) {
			end--;
		}
		return input.substring(start, end);
	}

	private static boolean isBlank(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.CONTROL
				|| Character.getType(c) == Character.FORMAT;
	}

}
