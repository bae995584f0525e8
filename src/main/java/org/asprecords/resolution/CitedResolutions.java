package org.asprecords.resolution;

import org.asprecords.db.AllRecords;
import org.asprecords.db.FieldRejectedException;

import org.springframework.stereotype.Component;

/**
 * Finds the resolution a form cites by its symbol, typed in any form the site search
 * understands ({@code 22/Res.4}, {@code ICC-ASP/22/Res.4}).
 */
@Component
@AllRecords
public class CitedResolutions {

	private final ResolutionRepository resolutions;

	CitedResolutions(ResolutionRepository resolutions) {
		this.resolutions = resolutions;
	}

	/**
	 * The resolution cited, or {@code null} when the field is blank.
	 * @param field the form's field, for the message of a refused symbol
	 * @throws FieldRejectedException if the text is no symbol or no resolution has it
	 */
	public Resolution find(String typed, String field) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		if (!(SymbolQuery.parse(typed) instanceof SymbolQuery.Exact exact)) {
			throw new FieldRejectedException(field, "admin.resolution.symbol.malformed");
		}
		return this.resolutions.findBySymbol(exact.symbol().canonical())
			.orElseThrow(() -> new FieldRejectedException(field, "admin.resolution.cited.unknown"));
	}

}
