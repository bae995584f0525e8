package org.asprecords.search;

import java.util.List;

import org.asprecords.resolution.Resolution;
import org.asprecords.resolution.SymbolQuery;
import org.asprecords.session.AssemblySession;

/**
 * A search as its visitor meant it: the sessions its query names
 * ({@code Palestine ASP22}: the 22nd session), the rest of the query, searched as words,
 * and the scope that the sessions named and the filters chosen leave.
 *
 * @param text the query as typed, cleaned
 * @param words what is searched as words: the query but the sessions it names
 * @param named the sessions the query names
 * @param scope the sessions searched
 * @param resolution the resolution whose symbol the query is, or {@code null}
 * @param issued what the symbol says was issued after the resolution ({@code /Corr.1}),
 * or {@code null}
 * @param asked the kind of record the query asks for ({@code who spoke palestine}:
 * statements), shown first, or {@code null}
 */
public record SearchQuery(String text, String words, List<AssemblySession> named, SearchScope scope,
		Resolution resolution, SymbolQuery.Issued issued, SearchKind asked) {

	public SearchQuery {
		named = List.copyOf(named);
	}

	SearchQuery(String text, String words, List<AssemblySession> named, SearchScope scope, SearchKind asked) {
		this(text, words, named, scope, null, null, asked);
	}

}
