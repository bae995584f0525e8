package org.asprecords.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Records as CSV, for the public lists as filtered on screen and for the files of the
 * open-data archive alike: RFC 4180 quoting, a header row, and every text cell a
 * spreadsheet would read as a formula ({@code =}, {@code +}, {@code -}, {@code @}, tab or
 * carriage return first) prefixed with an apostrophe, so that opening the file executes
 * nothing (OWASP's advice against CSV injection). Numbers are written as plain decimals
 * and are left alone: a negative amount is a number to a spreadsheet, not a formula.
 */
public final class CsvExport {

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	/** How a cell holding several values (topics, sources) separates them. */
	static final String LIST_SEPARATOR = "; ";

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
		write(out, header, rows);
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(out.toString());
	}

	/**
	 * Writes a header row and the rows to {@code out}, which is flushed, not closed (it
	 * may be an entry of a ZIP archive).
	 */
	public static void write(Appendable out, List<String> header, Iterable<? extends List<?>> rows) {
		try {
			CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180);
			printer.printRecord(header);
			for (List<?> row : rows) {
				printer.printRecord(row.stream().map(CsvExport::cell).toList());
			}
			printer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Every record of a paged list, in the list's order, read at once: as many SQL
	 * statements as one page of it, however long it is.
	 * @param list the list's page for a request
	 */
	public static <T> List<T> everything(Function<Pageable, Page<T>> list) {
		return list.apply(Pagination.EVERYTHING).getContent();
	}

	static String cell(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		if (value instanceof Number || value instanceof Boolean) {
			return value.toString();
		}
		String text = (value instanceof Collection<?> values)
				? values.stream().map(String::valueOf).collect(Collectors.joining(LIST_SEPARATOR)) : value.toString();
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return text;
	}

}
