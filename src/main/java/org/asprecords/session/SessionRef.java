package org.asprecords.session;

/**
 * What names a session ({@link SessionNames}), read with a row that refers to it rather
 * than with the session itself.
 *
 * @param slug the session's address, as in {@code 19-resumed-2}
 * @param kind regular, resumed, special or the Review Conference
 * @param number its number, where it has one
 * @param resumption which resumption of its session it is, for a resumed session
 */
public record SessionRef(String slug, SessionKind kind, Integer number, Integer resumption) {

}
