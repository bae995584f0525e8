package org.asprecords.election;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Column;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

/**
 * The votes one candidate received in one round. A value of its round rather than an
 * entity: the database deletes a candidacy's votes with it ({@code on delete cascade}),
 * which a row-checked entity delete would then fail on.
 */
@Embeddable
public class RoundVote {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "candidacy_id", nullable = false)
	private Candidacy candidacy;

	@Column(nullable = false)
	private int votes;

	protected RoundVote() {
	}

	public RoundVote(Candidacy candidacy, int votes) {
		this.candidacy = candidacy;
		this.votes = votes;
	}

	public Candidacy getCandidacy() {
		return this.candidacy;
	}

	public int getVotes() {
		return this.votes;
	}

}
