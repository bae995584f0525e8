package org.asprecords.opendata;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * One CSV file of the open-data archive: its name, its columns, and how its rows are read
 * from the published records. The archive writes the files from these definitions and the
 * open-data page documents them from the same ones, so that the documentation cannot
 * drift from the files. Descriptions are message keys: {@code opendata.file.<name>} for
 * the file, and for a column {@code opendata.column.<column>} where the column means the
 * same in every file ({@code session}, {@code sources}), else
 * {@code opendata.column.<name>.<column>}.
 *
 * @param <T> the type of a row
 */
final class DataFile<T> {

	private final String name;

	private final Function<PublishedRecords, List<T>> rows;

	private final List<Column<T>> columns = new ArrayList<>();

	private DataFile(String name, Function<PublishedRecords, List<T>> rows) {
		this.name = name;
		this.rows = rows;
	}

	static <T> DataFile<T> of(String name, Function<PublishedRecords, List<T>> rows) {
		return new DataFile<>(name, rows);
	}

	/** A column that means the same in every file that has it. */
	DataFile<T> column(String column, Function<? super T, ?> value) {
		this.columns.add(new Column<>(column, "opendata.column." + column, value));
		return this;
	}

	/** A column whose meaning is this file's own. */
	DataFile<T> own(String column, Function<? super T, ?> value) {
		this.columns.add(new Column<>(column, "opendata.column." + this.name + "." + column, value));
		return this;
	}

	public String getName() {
		return this.name;
	}

	public String getFileName() {
		return this.name + ".csv";
	}

	public String getDescription() {
		return "opendata.file." + this.name;
	}

	public List<Column<T>> getColumns() {
		return Collections.unmodifiableList(this.columns);
	}

	List<String> header() {
		return this.columns.stream().map(Column::name).toList();
	}

	List<List<Object>> rows(PublishedRecords records) {
		return this.rows.apply(records)
			.stream()
			.map((row) -> this.columns.stream().<Object>map((column) -> column.value().apply(row)).toList())
			.toList();
	}

	/**
	 * @param name the column's name in the header row
	 * @param description the key of the message that says what it holds
	 * @param value its cell in a row
	 */
	public record Column<T>(String name, String description, Function<? super T, ?> value) {
	}

}
