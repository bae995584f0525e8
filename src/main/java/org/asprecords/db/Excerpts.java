package org.asprecords.db;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Excerpts of the texts a search matched, with the matching words marked, made in Java
 * from the words of the search as PostgreSQL read them (its {@code tsquery}): the work of
 * {@code ts_headline}, which parsed every excerpted text again in the database and cost
 * half of a site search's database time. A word matches when it reads as one of the
 * query's words the way the text's index reads it: accents dropped and lower-cased, then
 * stemmed by the Snowball English stemmer (the algorithm of PostgreSQL's
 * {@code english_stem}) for English texts, or as it is for names. Cut as ts_headline cut
 * them with the options the portal gave it: at most two fragments of up to
 * {@value #MOST_WORDS} words around the matches, or the first {@value #FEWEST_WORDS}
 * words when none matches. One per search: not for several threads.
 */
public final class Excerpts {

	/** The most words of a fragment (ts_headline's {@code MaxWords}). */
	static final int MOST_WORDS = 35;

	/** The words shown of a text where no word matches (its {@code MinWords}). */
	static final int FEWEST_WORDS = 12;

	/** The most fragments of one text (its {@code MaxFragments}). */
	static final int MOST_FRAGMENTS = 2;

	/** What separates two fragments (its {@code FragmentDelimiter}). */
	static final String BETWEEN = " … ";

	/**
	 * A lexeme of a {@code tsquery}'s text ({@code 'budget' & !'draft'}), quotes doubled
	 * inside, and whether it is negated.
	 */
	private static final Pattern LEXEME = Pattern.compile("(!?)\\s*'((?:[^']|'')*)'");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private final Set<String> english;

	private final Set<String> names;

	/**
	 * The first letters of the English words searched. Stemming keeps a word's first
	 * letter, so a word that begins with none of them is not stemmed: on a site search of
	 * longer texts, stemming every word was a sixth of its CPU (async-profiler).
	 */
	private final Set<Character> englishFirsts = new HashSet<>();

	/** The first letters of the names searched. */
	private final Set<Character> namesFirsts = new HashSet<>();

	/** The words stemmed for this search, as they read stemmed: texts repeat words. */
	private final Map<String, String> stems = new HashMap<>();

	private final EnglishStemmer stemmer = new EnglishStemmer();

	private Excerpts(Set<String> english, Set<String> names) {
		this.english = english;
		this.names = names;
		firsts(english, this.englishFirsts);
		firsts(names, this.namesFirsts);
	}

	private static void firsts(Set<String> lexemes, Set<Character> firsts) {
		lexemes.stream().filter((lexeme) -> !lexeme.isEmpty()).forEach((lexeme) -> firsts.add(lexeme.charAt(0)));
	}

	/**
	 * @param englishQuery the text of the search's {@code tsquery} in the English
	 * configuration, or null
	 * @param namesQuery the same in the configuration of names, or null
	 */
	public static Excerpts of(String englishQuery, String namesQuery) {
		return new Excerpts(lexemes(englishQuery), lexemes(namesQuery));
	}

	/** The excerpt of an English text, its matches marked. */
	public Snippet english(String text) {
		return excerpt(text, true);
	}

	/** The excerpt of a text of names (read without stemming), its matches marked. */
	public Snippet names(String text) {
		return excerpt(text, false);
	}

	/** The words a query asks for (not those it excludes), as its text writes them. */
	static Set<String> lexemes(String query) {
		Set<String> lexemes = new HashSet<>();
		if (query != null) {
			Matcher matcher = LEXEME.matcher(query);
			while (matcher.find()) {
				if (matcher.group(1).isEmpty()) {
					lexemes.add(matcher.group(2).replace("''", "'"));
				}
			}
		}
		return lexemes;
	}

	private Snippet excerpt(String text, boolean stemmed) {
		if (text == null || text.isBlank()) {
			return new Snippet(List.of());
		}
		List<Word> words = words(text, stemmed ? this.english : this.names, stemmed);
		if (words.isEmpty()) {
			return new Snippet(List.of());
		}
		List<Snippet.Part> parts = new ArrayList<>();
		for (int[] fragment : fragments(words)) {
			if (!parts.isEmpty()) {
				add(parts, BETWEEN, false);
			}
			mark(text, words, fragment[0], fragment[1], parts);
		}
		return new Snippet(List.copyOf(parts));
	}

	/**
	 * The fragments shown, as ranges of words ([first, last]): around the first matches
	 * that no fragment shows yet, or the text's first words where none matches.
	 */
	private static List<int[]> fragments(List<Word> words) {
		List<int[]> fragments = new ArrayList<>();
		int count = words.size();
		for (int i = 0; i < count && fragments.size() < MOST_FRAGMENTS; i++) {
			if (words.get(i).match()) {
				int first = Math.max(0, i - (MOST_WORDS - 1) / 2);
				int last = Math.min(count - 1, first + MOST_WORDS - 1);
				first = Math.max(0, last - MOST_WORDS + 1);
				if (!fragments.isEmpty() && first <= fragments.get(fragments.size() - 1)[1]) {
					first = fragments.get(fragments.size() - 1)[1] + 1;
				}
				fragments.add(new int[] { first, last });
				i = last;
			}
		}
		if (fragments.isEmpty()) {
			fragments.add(new int[] { 0, Math.min(count, FEWEST_WORDS) - 1 });
		}
		return fragments;
	}

	/** The text from word {@code first} to word {@code last}, the matches apart. */
	private static void mark(String text, List<Word> words, int first, int last, List<Snippet.Part> parts) {
		int at = words.get(first).start();
		for (int i = first; i <= last; i++) {
			Word word = words.get(i);
			if (word.match()) {
				if (word.start() > at) {
					add(parts, text.substring(at, word.start()), false);
				}
				add(parts, text.substring(word.start(), word.end()), true);
				at = word.end();
			}
		}
		int end = words.get(last).end();
		if (end > at) {
			add(parts, text.substring(at, end), false);
		}
	}

	/** Adds a part; text that is no match is joined to the text before it. */
	private static void add(List<Snippet.Part> parts, String text, boolean match) {
		if (!match && !parts.isEmpty() && !parts.get(parts.size() - 1).match()) {
			Snippet.Part last = parts.remove(parts.size() - 1);
			parts.add(new Snippet.Part(last.text() + text, false));
		}
		else {
			parts.add(new Snippet.Part(text, match));
		}
	}

	/**
	 * The words of a text (letters and digits), each marked if the query asks for it, up
	 * to the last word the excerpt can show: the words after the last fragment are not
	 * read (a long text's tail was most of the cost of its excerpt). Fragments are
	 * followed as {@link #fragments} cuts them, so that it cuts the same ones.
	 */
	private List<Word> words(String text, Set<String> lexemes, boolean stemmed) {
		List<Word> words = new ArrayList<>();
		Set<Character> firsts = stemmed ? this.englishFirsts : this.namesFirsts;
		int fragments = 0;
		int shownUntil = -1;
		int length = text.length();
		int i = 0;
		while (i < length) {
			int c = text.codePointAt(i);
			if (!Character.isLetterOrDigit(c)) {
				i += Character.charCount(c);
				continue;
			}
			int start = i;
			while (i < length && Character.isLetterOrDigit(text.codePointAt(i))) {
				i += Character.charCount(text.codePointAt(i));
			}
			String word = text.substring(start, i);
			boolean match = !lexemes.isEmpty() && matches(word, lexemes, firsts, stemmed);
			words.add(new Word(start, i, match));
			int at = words.size() - 1;
			if (match && at > shownUntil && fragments < MOST_FRAGMENTS) {
				fragments++;
				shownUntil = Math.max(0, at - (MOST_WORDS - 1) / 2) + MOST_WORDS - 1;
			}
			if (fragments == MOST_FRAGMENTS && at >= shownUntil) {
				break;
			}
		}
		return words;
	}

	/**
	 * Whether the word reads as one of the lexemes the way an index reads it: no accents,
	 * lower case, and stemmed if English. A word of plain letters whose first letter
	 * begins none of the lexemes is not read further (most words of a text).
	 */
	private boolean matches(String word, Set<String> lexemes, Set<Character> firsts, boolean stemmed) {
		boolean ascii = isAscii(word);
		if (ascii && !firsts.contains(Character.toLowerCase(word.charAt(0)))) {
			return false;
		}
		String plain = (ascii ? word : MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll(""))
			.toLowerCase(Locale.ROOT);
		if (!stemmed) {
			return lexemes.contains(plain);
		}
		if (plain.isEmpty() || !this.englishFirsts.contains(plain.charAt(0))) {
			return false;
		}
		return lexemes.contains(this.stems.computeIfAbsent(plain, this::stem));
	}

	private String stem(String word) {
		this.stemmer.setCurrent(word);
		this.stemmer.stem();
		return this.stemmer.getCurrent();
	}

	private static boolean isAscii(String word) {
		for (int i = 0; i < word.length(); i++) {
			if (word.charAt(i) > 127) {
				return false;
			}
		}
		return true;
	}

	private record Word(int start, int end, boolean match) {
	}

}
