package org.asprecords.organization;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.asprecords.web.form.FormSubmission;
import org.asprecords.web.form.NamedRecordForm;
import org.asprecords.web.form.PlainText;

/**
 * What an editor types to record or correct an organization: besides the names and
 * sources, its acronym, kind, the organization it belongs to, the State where it is based
 * and a note.
 */
public class OrganizationForm extends NamedRecordForm {

	@Size(max = 40)
	@PlainText
	private String acronym;

	@NotNull(message = "{admin.organizations.kind.required}")
	private OrganizationKind kind;

	@Size(max = 100)
	private String parent;

	@Size(max = 100)
	private String country;

	@Size(max = 5000)
	@PlainText(multiline = true)
	private String note;

	static OrganizationForm from(Organization organization) {
		OrganizationForm form = new OrganizationForm();
		form.fill(organization);
		form.acronym = organization.getAcronym();
		form.kind = organization.getKind();
		form.parent = (organization.getParent() != null) ? organization.getParent().getSlug() : null;
		form.country = (organization.getCountry() != null) ? organization.getCountry().getSlug() : null;
		form.note = organization.getNote();
		return form;
	}

	@Override
	protected List<String> detailFields() {
		return List.of("acronym", "kind", "parent", "country", "note");
	}

	void applyTo(Organization organization) {
		organization.setAcronym(FormSubmission.blankToNull(this.acronym));
		organization.setKind(this.kind);
		organization.setNote(FormSubmission.blankToNull(this.note));
	}

	public String getAcronym() {
		return this.acronym;
	}

	public void setAcronym(String acronym) {
		this.acronym = acronym;
	}

	public OrganizationKind getKind() {
		return this.kind;
	}

	public void setKind(OrganizationKind kind) {
		this.kind = kind;
	}

	public String getParent() {
		return this.parent;
	}

	public void setParent(String parent) {
		this.parent = parent;
	}

	public String getCountry() {
		return this.country;
	}

	public void setCountry(String country) {
		this.country = country;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
