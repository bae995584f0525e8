package org.asprecords.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A public list as a CSV file, as filtered on screen: RFC 4180 quoting, a header row, and
 * every cell a spreadsheet would read as a formula ({@code =}, {@code +}, {@code -},
 * {@code @}, tab or carriage return first) prefixed with an apostrophe, so that opening
 * the file executes nothing (OWASP's advice against CSV injection).
 */
public final class CsvExport {

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private CsvExport() {
	}

	/**
	 * @param filename the name the download is saved under
	 * @param header the column names
	 * @param rows the cells, each row as long as the header; {@code null} for an empty
	 * cell
	 */
	public static ResponseEntity<String> of(String filename, List<String> header, List<List<Object>> rows) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
			printer.printRecord(header);
			for (List<Object> row : rows) {
				printer.printRecord(row.stream().map(CsvExport::cell).toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(out.toString());
	}

	static String cell(Object value) {
		if (value == null) {
			return "";
		}
		String text = value.toString();
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return text;
	}

}
