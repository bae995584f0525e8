package org.asprecords.person;

import java.util.List;

import jakarta.validation.constraints.Size;
import org.asprecords.web.form.FormSubmission;
import org.asprecords.web.form.NamedRecordForm;
import org.asprecords.web.form.PlainText;

/**
 * What an editor types to record or correct a person: besides the names and sources, the
 * honorific a source gives, the grammatical gender titles take for the person, the
 * nationality (a recorded State) and a note.
 */
public class PersonForm extends NamedRecordForm {

	@Size(max = 100)
	@PlainText
	private String honorific;

	private GrammaticalGender grammaticalGender;

	@Size(max = 100)
	private String nationality;

	@Size(max = 5000)
	@PlainText(multiline = true)
	private String note;

	static PersonForm from(Person person) {
		PersonForm form = new PersonForm();
		form.fill(person);
		form.honorific = person.getHonorific();
		form.grammaticalGender = person.getGrammaticalGender();
		form.nationality = (person.getNationality() != null) ? person.getNationality().getSlug() : null;
		form.note = person.getNote();
		return form;
	}

	@Override
	protected List<String> detailFields() {
		return List.of("honorific", "grammaticalGender", "nationality", "note");
	}

	void applyTo(Person person) {
		person.setHonorific(FormSubmission.blankToNull(this.honorific));
		person.setGrammaticalGender(this.grammaticalGender);
		person.setNote(FormSubmission.blankToNull(this.note));
	}

	public String getHonorific() {
		return this.honorific;
	}

	public void setHonorific(String honorific) {
		this.honorific = honorific;
	}

	public GrammaticalGender getGrammaticalGender() {
		return this.grammaticalGender;
	}

	public void setGrammaticalGender(GrammaticalGender grammaticalGender) {
		this.grammaticalGender = grammaticalGender;
	}

	public String getNationality() {
		return this.nationality;
	}

	public void setNationality(String nationality) {
		this.nationality = nationality;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
