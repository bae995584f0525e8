package org.asprecords.resolution;

/**
 * What the resolution list is narrowed to; every part is optional.
 *
 * @param session slug of the session that adopted them
 * @param topic topic key
 * @param symbolSession the session part of the symbol ("22", "S-1"), from a partial
 * symbol
 * @param number the resolution number, from a partial symbol ("Res.4")
 */
public record ResolutionFilter(String session, String topic, String symbolSession, Integer number) {

	public ResolutionFilter withSymbol(SymbolQuery.Partial partial) {
		return new ResolutionFilter(this.session, this.topic, partial.session(), partial.number());
	}

}
