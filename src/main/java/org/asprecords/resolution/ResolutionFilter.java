package org.asprecords.resolution;

import org.asprecords.web.BadRequestException;

/**
 * What the resolution list is narrowed to; every part is optional.
 *
 * @param session slug of the session that adopted them
 * @param topic topic key
 * @param symbolSession the session part of the symbol ("22", "S-1"), from a partial
 * symbol
 * @param number the resolution number, from a partial symbol ("Res.4")
 * @param refersTo the canonical symbol of a resolution the listed ones refer to
 */
public record ResolutionFilter(String session, String topic, String symbolSession, Integer number, String refersTo) {

	public ResolutionFilter(String session, String topic) {
		this(session, topic, null, null, null);
	}

	public ResolutionFilter withSymbol(SymbolQuery.Partial partial) {
		return new ResolutionFilter(this.session, this.topic, partial.session(), partial.number(), this.refersTo);
	}

	/**
	 * The same filter, narrowed to the resolutions that refer to the one of a symbol as
	 * typed (any form {@link SymbolQuery} reads as one symbol), or to none at all.
	 * @throws BadRequestException when the text is not one resolution's symbol
	 */
	public ResolutionFilter referringTo(String symbol) {
		if (symbol == null || symbol.isBlank()) {
			return this;
		}
		SymbolQuery parsed = SymbolQuery.parse(symbol);
		String canonical;
		if (parsed instanceof SymbolQuery.Exact exact) {
			canonical = exact.symbol().canonical();
		}
		else if (parsed instanceof SymbolQuery.Issued issued) {
			canonical = issued.symbol().canonical();
		}
		else {
			throw new BadRequestException("not a resolution symbol");
		}
		return new ResolutionFilter(this.session, this.topic, this.symbolSession, this.number, canonical);
	}

}
