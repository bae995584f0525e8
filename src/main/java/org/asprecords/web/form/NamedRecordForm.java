package org.asprecords.web.form;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.asprecords.db.NamedRecord;

/**
 * What an editor types for any record known by its name (a State, a person, an
 * organization): its slug, picked from the name when left blank; the name; the other
 * spellings met in sources, one a line; and the sources. Each kind adds its own fields.
 */
public abstract class NamedRecordForm extends RecordForm {

	private static final List<String> NAMED_FIELDS = List.of("slug", "name", "alternativeNames", "sources");

	@Size(max = Slugs.MAX_LENGTH)
	@Pattern(regexp = Slugs.OPTIONAL, message = "{admin.named.slug.pattern}")
	private String slug;

	@NotBlank
	@Size(max = 300)
	@PlainText
	private String name;

	@Size(max = 5000)
	@PlainText(multiline = true)
	private String alternativeNames;

	@Size(max = 20000)
	@PlainText(multiline = true)
	@SourceList
	private String sources;

	/** The kind's own fields, which the conflict page compares after the shared ones. */
	protected abstract List<String> detailFields();

	/** Every field the conflict page compares. */
	public List<String> comparedFields() {
		List<String> fields = new ArrayList<>(NAMED_FIELDS);
		fields.addAll(detailFields());
		return fields;
	}

	/**
	 * Fills the shared fields from a saved record.
	 */
	protected void fill(NamedRecord record) {
		this.slug = record.getSlug();
		this.name = record.getName();
		this.alternativeNames = Lines.join(record.getAlternativeNames());
		this.sources = Lines.join(record.getSources());
		readStateOf(record);
	}

	/**
	 * The slug typed, or else the one the name gives (empty when the name gives none).
	 */
	public String slugOrFromName() {
		String typed = FormSubmission.blankToNull(this.slug);
		return (typed != null) ? typed : Slugs.from(this.name);
	}

	/**
	 * Copies the shared fields to a record, with its slug already checked.
	 */
	void applyNamesTo(NamedRecord record, String checkedSlug) {
		record.setSlug(checkedSlug);
		record.setName(this.name.strip());
		record.setAlternativeNames(Lines.of(this.alternativeNames));
		record.setSources(Lines.of(this.sources));
		writeStateTo(record);
	}

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

	public String getAlternativeNames() {
		return this.alternativeNames;
	}

	public void setAlternativeNames(String alternativeNames) {
		this.alternativeNames = alternativeNames;
	}

	public String getSources() {
		return this.sources;
	}

	public void setSources(String sources) {
		this.sources = sources;
	}

}
