package org.asprecords.alert;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.asprecords.search.SearchKind;

/**
 * The form that follows something by email: what is followed (from the link that opened
 * it, in hidden fields), the address and how often.
 */
public class FollowForm {

	private Target follow;

	private String q;

	private SearchKind kind;

	private String session;

	private Integer from;

	private Integer to;

	/** The page of the session, State, person, organization or record followed. */
	private String path;

	@NotBlank
	@Email
	@Size(max = 254)
	private String email;

	@NotNull
	private Frequency frequency = Frequency.IMMEDIATE;

	/** The language of the mails: {@code en} or {@code fr}. */
	@NotNull
	@Pattern(regexp = "en|fr")
	private String language;

	public Target getFollow() {
		return this.follow;
	}

	public void setFollow(Target follow) {
		this.follow = follow;
	}

	public String getQ() {
		return this.q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public SearchKind getKind() {
		return this.kind;
	}

	public void setKind(SearchKind kind) {
		this.kind = kind;
	}

	public String getSession() {
		return this.session;
	}

	public void setSession(String session) {
		this.session = session;
	}

	public Integer getFrom() {
		return this.from;
	}

	public void setFrom(Integer from) {
		this.from = from;
	}

	public Integer getTo() {
		return this.to;
	}

	public void setTo(Integer to) {
		this.to = to;
	}

	public String getPath() {
		return this.path;
	}

	public void setPath(String path) {
		this.path = path;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public Frequency getFrequency() {
		return this.frequency;
	}

	public void setFrequency(Frequency frequency) {
		this.frequency = frequency;
	}

	public String getLanguage() {
		return this.language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

}
