package org.asprecords.person;

/**
 * The grammatical gender that a title of office takes for a person in a language with
 * genders ("Présidente de l’Assemblée" in French), as a source gives it: an honorific
 * such as Ms. or Mr., or a pronoun. Where none is recorded, titles take the unmarked
 * (masculine) form.
 */
public enum GrammaticalGender {

	FEMININE, MASCULINE

}
