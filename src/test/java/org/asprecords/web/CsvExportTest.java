package org.asprecords.web;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CSV cells: quoted where they must be, and never a formula a spreadsheet would run.
 */
class CsvExportTest {

	@Test
	void cellsAFormulaWouldStartWithAreNeutralised() {
		assertThat(CsvExport.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("'=HYPERLINK(\"http://evil\")");
		assertThat(CsvExport.cell("+1")).isEqualTo("'+1");
		assertThat(CsvExport.cell("-2")).isEqualTo("'-2");
		assertThat(CsvExport.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(CsvExport.cell("\tcmd")).isEqualTo("'\tcmd");
		assertThat(CsvExport.cell("ICC-ASP/22/Res.4")).isEqualTo("ICC-ASP/22/Res.4");
		assertThat(CsvExport.cell(null)).isEmpty();
	}

	@Test
	void separatorsQuotesAndLineBreaksAreQuoted() {
		ResponseEntity<String> csv = CsvExport.of("test.csv", List.of("a", "b"),
				List.of(Arrays.asList("one, two", "say \"hi\"\nthen go"), Arrays.asList(null, 187084300)));

		assertThat(csv.getBody()).isEqualTo("a,b\r\n\"one, two\",\"say \"\"hi\"\"\nthen go\"\r\n\"\",187084300\r\n");
		assertThat(csv.getHeaders().getContentType().toString()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(csv.getHeaders().getContentDisposition().getFilename()).isEqualTo("test.csv");
	}

	@Test
	void numbersArePlainDecimalsAndNeverNeutralised() {
		assertThat(CsvExport.cell(new BigDecimal("-1250000.50"))).isEqualTo("-1250000.50");
		assertThat(CsvExport.cell(new BigDecimal("1.8E+8"))).isEqualTo("180000000");
		assertThat(CsvExport.cell(-3)).isEqualTo("-3");
		assertThat(CsvExport.cell(LocalDate.of(2023, 12, 4))).isEqualTo("2023-12-04");
	}

	@Test
	void severalValuesShareACellAndTheCellIsStillNeutralised() {
		assertThat(CsvExport.cell(List.of("budget", "cooperation"))).isEqualTo("budget; cooperation");
		assertThat(CsvExport.cell(List.of("=1+1", "x"))).isEqualTo("'=1+1; x");
		assertThat(CsvExport.cell(List.of())).isEmpty();
	}

	@Test
	void theWriterLeavesItsOutputOpenForTheNextFile() {
		StringWriter out = new StringWriter();
		CsvExport.write(out, List.of("a"), List.of(List.of("1")));
		CsvExport.write(out, List.of("b"), List.of(List.of("2")));

		assertThat(out.toString()).isEqualTo("a\r\n1\r\nb\r\n2\r\n");
	}

	@Test
	void theWholeListIsReadInOneRequest() {
		List<Integer> all = List.of(1, 2, 3, 4, 5);
		List<Pageable> requests = new ArrayList<>();

		List<Integer> read = CsvExport.everything((pageable) -> {
			requests.add(pageable);
			int from = (int) Math.min(pageable.getOffset(), all.size());
			return new PageImpl<>(all.subList(from, (int) Math.min(from + (long) pageable.getPageSize(), all.size())),
					pageable, all.size());
		});

		assertThat(read).isEqualTo(all);
		assertThat(requests).hasSize(1);
	}

}
