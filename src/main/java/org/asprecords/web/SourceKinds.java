package org.asprecords.web;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * The kinds of a record's sources, for the pages that list them: templates call
 * {@code ${#sourceKinds.of(source)}} for each, and
 * {@code ${#sourceKinds.unofficial(sources)}} to say when a record rests on no official
 * document.
 */
@Component
public class SourceKinds implements TemplateObject {

	/** The kind of one source, or {@code null} for a citation in words. */
	public SourceKind of(String source) {
		return SourceKind.of(source);
	}

	/**
	 * The kinds of the sources when none is official and at least one is an address: what
	 * a record that rests on copies, reports or accounts alone says it rests on. Empty
	 * otherwise.
	 */
	public Set<SourceKind> unofficial(Collection<String> sources) {
		Set<SourceKind> kinds = EnumSet.noneOf(SourceKind.class);
		sources.stream().map(SourceKind::of).filter(Objects::nonNull).forEach(kinds::add);
		return kinds.contains(SourceKind.OFFICIAL) ? Set.of() : kinds;
	}

	@Override
	public String templateName() {
		return "sourceKinds";
	}

}
