package org.asprecords.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.nulabinc.zxcvbn.Zxcvbn;

import org.springframework.stereotype.Component;

/**
 * What a password must be (OWASP ASVS 4, V2.1): 12 to 128 characters, any characters
 * (spaces and Unicode too, never trimmed or truncated), not the username, and not common
 * or easily guessed. zxcvbn judges the last from its dictionaries of common passwords,
 * names and words, keyboard patterns, sequences, repeats and dates; a password must score
 * at least 3 of 4 ("safely unguessable").
 */
@Component
public class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 128;

	static final int MIN_SCORE = 3;

	/**
	 * Words anyone guessing a password of this portal would try first.
	 */
	private static final List<String> SITE_WORDS = List.of("asp", "records", "asprecords", "portal", "admin", "icc",
			"rome", "statute", "assembly");

	private final Zxcvbn zxcvbn = new Zxcvbn();

	/**
	 * The message key of the first rule the candidate breaks.
	 * @param username the account's username, or {@code null} when not known yet
	 * @param candidate the password as typed
	 * @return the key ({@code account.password.too-short}, {@code .too-long},
	 * {@code .same-as-username}, {@code .too-common}), or empty when the password is
	 * acceptable
	 */
	public Optional<String> problem(String username, String candidate) {
		int length = (candidate != null) ? candidate.codePointCount(0, candidate.length()) : 0;
		if (length < MIN_LENGTH) {
			return Optional.of("account.password.too-short");
		}
		if (length > MAX_LENGTH) {
			return Optional.of("account.password.too-long");
		}
		String name = Account.normalize(username);
		if (!name.isEmpty() && candidate.strip().equalsIgnoreCase(name)) {
			return Optional.of("account.password.same-as-username");
		}
		List<String> guesses = new ArrayList<>(SITE_WORDS);
		if (!name.isEmpty()) {
			guesses.add(name);
		}
		if (this.zxcvbn.measure(candidate, guesses).getScore() < MIN_SCORE) {
			return Optional.of("account.password.too-common");
		}
		return Optional.empty();
	}

	/**
	 * Refuses a password that breaks a rule.
	 * @param username the account's username
	 * @param candidate the password as typed
	 * @throws InvalidAccountChange naming the field {@code password} and the rule
	 */
	void check(String username, String candidate) {
		problem(username, candidate).ifPresent((key) -> {
			throw new InvalidAccountChange("password", key);
		});
	}

}
