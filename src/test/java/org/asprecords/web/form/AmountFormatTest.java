package org.asprecords.web.form;

import java.math.BigDecimal;
import java.text.ParseException;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AmountFormatTest {

	private final AmountFormat format = new AmountFormat();

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			187084300                | 187084300
			187084300.50             | 187084300.50
			187084300.001            | 187084300.001
			€187,084,300             | 187084300
			€ 187,084,300.50         | 187084300.50
			187 084 300 €            | 187084300
			187\u00a0084\u00a0300,50\u00a0€ | 187084300.50
			187\u202f084\u202f300 €  | 187084300
			187.084.300,50           | 187084300.50
			EUR 187,084,300          | 187084300
			187,084,300 euros        | 187084300
			187,084                  | 187084
			187,08                   | 187.08
			1,5                      | 1.5
			+13,850,000              | 13850000
			\u221213 850 000         | -13850000
			-5                       | -5
			""")
	void readsAnAmountAsTheSourcesPrintIt(String text, BigDecimal amount) throws ParseException {
		assertThat(this.format.parse(text, Locale.ENGLISH)).isEqualByComparingTo(amount);
	}

	@ParameterizedTest
	@ValueSource(strings = { "ten", "1,000,00", "187,084.300", "12,34,567", "1,0000", ".", "€", "187084300EUR", "1e5",
			"187,084,300.5.0" })
	void refusesWhatItCannotReadWithoutGuessing(String text) {
		assertThatExceptionOfType(ParseException.class).isThrownBy(() -> this.format.parse(text, Locale.ENGLISH));
	}

	@ParameterizedTest
	@CsvSource({ "187084300.50, 187084300.50", "1E+3, 1000" })
	void writesAnAmountAsAPlainNumber(BigDecimal amount, String text) {
		assertThat(this.format.print(amount, Locale.FRENCH)).isEqualTo(text);
	}

}
