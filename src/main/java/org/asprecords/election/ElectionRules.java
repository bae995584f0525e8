package org.asprecords.election;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The rules an election form's lines must keep together, each reported beside the cell
 * that breaks it: a candidate names someone; a round has a number, unique, with its
 * ballot figures consistent; votes go to a kept candidate and not above the valid
 * ballots; a candidate is elected in a round of the election.
 */
class ElectionRules implements Validator {

	private static final LocalDate EARLIEST = LocalDate.of(1998, 1, 1);

	private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

	@Override
	public boolean supports(Class<?> type) {
		return ElectionForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		ElectionForm form = (ElectionForm) target;
		checkDate(errors, "termStart", form.getTermStart());
		checkDate(errors, "heldOn", form.getHeldOn());
		checkDate(errors, "heldUntil", form.getHeldUntil());
		reject(errors, "heldUntil", Election.heldRule(form.getHeldOn(), form.getHeldUntil()));
		Set<Integer> numbers = checkRounds(form, errors);
		checkCandidates(form, numbers, errors);
	}

	private Set<Integer> checkRounds(ElectionForm form, Errors errors) {
		Set<Integer> numbers = new HashSet<>();
		List<RoundRow> rounds = form.getRounds();
		for (int r = 0; r < rounds.size(); r++) {
			RoundRow round = rounds.get(r);
			if (!round.isKept()) {
				continue;
			}
			String path = "rounds[" + r + "].";
			checkDate(errors, path + "heldOn", round.getHeldOn());
			if (round.getNumber() == null) {
				reject(errors, path + "number", "admin.election.round.number.required");
			}
			else {
				reject(errors, path + "number", ElectionRound.numberRule(round.getNumber(),
						!numbers.add(round.getNumber()), form.getRoundCount()));
			}
			reject(errors, path + "validBallots",
					ElectionRound.validBallotsRule(round.getValidBallots(), round.getBallotsCast()));
			reject(errors, path + "requiredMajority",
					ElectionRound.requiredMajorityRule(round.getRequiredMajority(), round.getValidBallots()));
			checkVotes(form, round, path, errors);
		}
		return numbers;
	}

	private void checkVotes(ElectionForm form, RoundRow round, String path, Errors errors) {
		List<CandidateRow> candidates = form.getCandidates();
		for (int c = 0; c < round.getVotes().size(); c++) {
			Integer votes = round.getVotes().get(c);
			String cell = path + "votes[" + c + "]";
			if (votes == null) {
				continue;
			}
			if (c >= candidates.size() || !candidates.get(c).isKept()) {
				reject(errors, cell, "admin.election.votes.no-candidate");
			}
			else {
				reject(errors, cell, ElectionRound.votesRule(votes, round.getValidBallots()));
			}
		}
	}

	private void checkCandidates(ElectionForm form, Set<Integer> numbers, Errors errors) {
		List<CandidateRow> candidates = form.getCandidates();
		for (int c = 0; c < candidates.size(); c++) {
			CandidateRow candidate = candidates.get(c);
			if (!candidate.isKept()) {
				continue;
			}
			String path = "candidates[" + c + "].";
			reject(errors, path + "person",
					Candidacy.whoRule(!Rows.blank(candidate.getPerson()), !Rows.blank(candidate.getState())));
			reject(errors, path + "electedInRound",
					ElectionRound.electedInRoundRule(candidate.getElectedInRound(), numbers, form.getRoundCount()));
		}
	}

	private static void checkDate(Errors errors, String field, LocalDate date) {
		if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
			reject(errors, field, "admin.election.date.out-of-range");
		}
	}

	/**
	 * Reports a broken rule on a field ({@code code}, if any), unless the field already
	 * has a message (a value that could not be read, say).
	 */
	private static void reject(Errors errors, String field, String code) {
		if (code != null && !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, code);
		}
	}

}
