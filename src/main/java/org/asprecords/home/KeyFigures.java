package org.asprecords.home;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The figures the home page opens with, all counted from the records.
 *
 * @param sessions sessions recorded
 * @param resolutions resolutions recorded
 * @param elections elections recorded
 * @param statements statements recorded
 * @param budgetYear the latest year with an approved budget
 * @param budgetApproved that budget's approved total
 * @param newestPartyName the State that most recently became a party, by ordinal
 * @param newestPartyCode its ISO code, where recorded
 * @param newestPartySlug its slug
 * @param newestPartyOrdinal its ordinal (125 for the 125th State Party)
 * @param newestPartySince when the Statute entered into force for it
 */
public record KeyFigures(long sessions, long resolutions, long elections, long statements, Integer budgetYear,
		BigDecimal budgetApproved, String newestPartyName, String newestPartyCode, String newestPartySlug,
		Integer newestPartyOrdinal, LocalDate newestPartySince) {
}
