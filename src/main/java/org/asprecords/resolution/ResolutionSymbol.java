package org.asprecords.resolution;

import java.util.regex.Pattern;

import org.asprecords.session.AssemblySession;

/**
 * The symbol of a resolution adopted by the Assembly of States Parties to the Rome
 * Statute, such as {@code ICC-ASP/22/Res.4}, {@code ICC-ASP/S-1/Res.1} or, for the 2010
 * Review Conference, {@code RC/Res.6}.
 *
 * @param session the canonical session code: a regular session number without leading
 * zeros ({@code "22"}), a special session ({@code "S-1"}) or {@code "RC"} for the Review
 * Conference
 * @param number the resolution's number within its session, 1 to 999
 */
public record ResolutionSymbol(String session, int number) {

	/** The session code of the 2010 Review Conference in Kampala. */
	public static final String REVIEW_CONFERENCE = "RC";

	static final int MAX_NUMBER = 999;

	private static final Pattern SESSION = Pattern.compile("[1-9][0-9]{0,2}|S-[1-9][0-9]{0,2}|RC");

	/**
	 * @throws IllegalArgumentException if the session is not a canonical session code or
	 * the number is not 1 to 999
	 */
	public ResolutionSymbol {
		if (!isSession(session)) {
			throw new IllegalArgumentException(
					"Not a session code (expected e.g. \"22\", \"S-1\" or \"RC\"): " + quoted(session));
		}
		if (!isNumber(number)) {
			throw new IllegalArgumentException("Resolution number out of range 1.." + MAX_NUMBER + ": " + number);
		}
	}

	/**
	 * The session part of the symbols of a session's resolutions: its number (a
	 * resumption shares its session's), S-n for a special session, RC for the Review
	 * Conference.
	 * @param session the session
	 * @return the session code its resolutions' symbols carry
	 */
	public static String sessionCode(AssemblySession session) {
		return switch (session.getKind()) {
			case REGULAR, RESUMED -> String.valueOf(session.getNumber());
			case SPECIAL -> "S-" + session.getNumber();
			case REVIEW_CONFERENCE -> REVIEW_CONFERENCE;
		};
	}

	/**
	 * A resolution of a regular session, e.g. {@code regular(22, 4)} is
	 * {@code ICC-ASP/22/Res.4}.
	 * @param session the regular session's number
	 * @param number the resolution's number
	 * @return the symbol
	 */
	public static ResolutionSymbol regular(int session, int number) {
		return new ResolutionSymbol(Integer.toString(session), number);
	}

	/**
	 * A resolution of a special session, e.g. {@code special(1, 1)} is
	 * {@code ICC-ASP/S-1/Res.1}.
	 * @param session the special session's number
	 * @param number the resolution's number
	 * @return the symbol
	 */
	public static ResolutionSymbol special(int session, int number) {
		return new ResolutionSymbol("S-" + session, number);
	}

	/**
	 * A resolution of the 2010 Review Conference, e.g. {@code reviewConference(6)} is
	 * {@code RC/Res.6}.
	 * @param number the resolution's number
	 * @return the symbol
	 */
	public static ResolutionSymbol reviewConference(int number) {
		return new ResolutionSymbol(REVIEW_CONFERENCE, number);
	}

	/**
	 * The symbol as the Assembly writes it: {@code ICC-ASP/22/Res.4},
	 * {@code ICC-ASP/S-1/Res.1} or {@code RC/Res.6}.
	 * @return the canonical form
	 */
	public String canonical() {
		String prefix = REVIEW_CONFERENCE.equals(this.session) ? REVIEW_CONFERENCE : "ICC-ASP/" + this.session;
		return prefix + "/Res." + this.number;
	}

	@Override
	public String toString() {
		return canonical();
	}

	static boolean isSession(String session) {
		return session != null && SESSION.matcher(session).matches();
	}

	static boolean isNumber(int number) {
		return number >= 1 && number <= MAX_NUMBER;
	}

	private static String quoted(String value) {
		return (value != null) ? "\"" + value + "\"" : "null";
	}

}
