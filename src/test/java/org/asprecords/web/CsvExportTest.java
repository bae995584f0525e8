package org.asprecords.web;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

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

}
