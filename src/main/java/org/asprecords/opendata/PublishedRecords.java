package org.asprecords.opendata;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.asprecords.importer.SessionDocument;

/**
 * The published records as the bulk JSON download holds them, read once for the whole
 * archive: the first document is the directory (every State, person and organization, and
 * the Presidents whose term starts at no recorded session), each of the others a session
 * with its records.
 *
 * @param documents the documents, directory first
 * @param topics every topic with its names
 */
public record PublishedRecords(List<SessionDocument> documents, List<TopicName> topics) {

	SessionDocument directory() {
		return this.documents.get(0);
	}

	Stream<SessionDocument> sessions() {
		return this.documents.stream().filter((document) -> document.session() != null);
	}

	/**
	 * The records of one list of every session document, each with its session's slug.
	 */
	<T> List<InSession<T>> inSessions(Function<SessionDocument, List<T>> list) {
		return sessions()
			.flatMap((document) -> list.apply(document)
				.stream()
				.map((entry) -> new InSession<>(document.session().slug(), entry)))
			.toList();
	}

	/**
	 * A record of a session.
	 */
	public record InSession<T>(String session, T entry) {
	}

	/**
	 * A part of a record of a session (a candidacy of an election, a round, a speaker of
	 * a statement), with the keys of the session and the record and its place in the
	 * record (from 1).
	 */
	public record Part<T>(String session, String record, int position, T entry) {
	}

	/**
	 * The votes a candidate received in a round.
	 */
	public record Vote(String session, String election, int round, String candidate, Integer votes) {
	}

	/**
	 * A topic's key with its names in English and French.
	 */
	public record TopicName(String key, String english, String french) {
	}

}
