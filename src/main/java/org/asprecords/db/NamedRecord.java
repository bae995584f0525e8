package org.asprecords.db;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * A record known by its name (a State, a person, an organization): a slug for its URL,
 * the name as the best source writes it, and the other spellings met in sources, which
 * search also finds.
 */
@Audited
@MappedSuperclass
public abstract class NamedRecord extends RecordEntity {

	private String slug;

	private String name;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "text[]")
	private List<String> alternativeNames = new ArrayList<>();

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public List<String> getAlternativeNames() {
		return this.alternativeNames;
	}

	public void setAlternativeNames(List<String> alternativeNames) {
		this.alternativeNames = (alternativeNames != null) ? new ArrayList<>(alternativeNames) : new ArrayList<>();
	}

	/**
	 * Records in the order of their names: how pages list the States or organizations
	 * picked for a record from a multiple choice, which a form cannot put in an order of
	 * the editor's.
	 */
	public static <T extends NamedRecord> List<T> byName(Collection<T> records) {
		return records.stream().sorted(Comparator.comparing(NamedRecord::getName)).toList();
	}

}
