package org.asprecords.importer;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A session document that cannot be imported as it is: malformed, breaking a rule of the
 * records, or pointing to records that do not exist. Each problem names the field (its
 * JSON path) and says what is wrong as a message key, so that the editor reads it in the
 * page's language.
 */
public class InvalidDocumentException extends RuntimeException {

	private final transient List<Problem> problems;

	/**
	 * @param path where the problem is, such as {@code resolutions[2].title}; null for
	 * the whole file
	 * @param messageKey what is wrong (a key under {@code admin.session-file.problem})
	 */
	public InvalidDocumentException(String path, String messageKey, Object... arguments) {
		this(null, List.of(Problem.of(path, messageKey, arguments)), null);
	}

	/**
	 * A rule of the records broken at {@code path}, said with the message the forms show
	 * ({@code messageKey} is the whole key, not one under {@code problem}).
	 */
	static InvalidDocumentException broken(String path, String messageKey, Object... arguments) {
		return new InvalidDocumentException(null, List.of(Problem.broken(path, messageKey, arguments)), null);
	}

	/**
	 * @param document the name of the document, for the logs, or null
	 */
	InvalidDocumentException(String document, List<Problem> problems, Throwable cause) {
		super(((document != null) ? document + ": " : "")
				+ problems.stream().map(Problem::toString).collect(Collectors.joining("; ")), cause);
		this.problems = List.copyOf(problems);
	}

	/** What is wrong, at least one problem. */
	public List<Problem> problems() {
		return this.problems;
	}

	/**
	 * One thing wrong in a document.
	 *
	 * @param path the JSON path of the field ({@code resolutions[2].title}, lists counted
	 * from 0), or null when the problem is the whole file's
	 * @param reason what is wrong and what is expected, in words
	 */
	public record Problem(String path, MessageSourceResolvable reason) {

		static final String KEYS = "admin.session-file.problem.";

		/** A rule of the records broken, with the key of the message the forms show. */
		static Problem broken(String path, String messageKey, Object... arguments) {
			return new Problem(path,
					new DefaultMessageSourceResolvable(new String[] { messageKey }, arguments.clone()));
		}

		static Problem of(String path, String messageKey, Object... arguments) {
			return new Problem(path,
					new DefaultMessageSourceResolvable(new String[] { KEYS + messageKey }, arguments.clone()));
		}

		@Override
		public String toString() {
			String why = (this.reason.getCodes() != null)
					? String.join("|", this.reason.getCodes())
							+ List.of((this.reason.getArguments() != null) ? this.reason.getArguments() : new Object[0])
					: this.reason.getDefaultMessage();
			return (this.path != null) ? this.path + ": " + why : why;
		}

	}

}
