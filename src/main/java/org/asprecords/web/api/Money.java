package org.asprecords.web.api;

import java.math.BigDecimal;

/**
 * An amount as an exact decimal string (never a binary floating-point number) with its
 * currency, ISO 4217.
 */
public record Money(String amount, String currency) {

	public static Money euros(BigDecimal amount) {
		return (amount != null) ? new Money(amount.toPlainString(), "EUR") : null;
	}

}
