package org.asprecords.opendata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.asprecords.importer.SessionExporter;
import org.asprecords.opendata.PublishedRecords.TopicName;
import org.asprecords.search.RecentRecords;
import org.asprecords.topic.Topic;
import org.asprecords.web.CsvExport;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The published records as a ZIP of CSV files ({@link DataFiles}), read from the same
 * export as the bulk JSON download, so that both hold the same records: drafts, trashed
 * records and the records of a draft session are left out by the filter every public read
 * has. The whole record is a few megabytes at most, so the archive is built in memory and
 * sent with its length.
 */
@Service
class CsvArchive {

	static final String FILE = "asp-records-csv.zip";

	private final SessionExporter exporter;

	private final MessageSource messages;

	private final RecentRecords recent;

	CsvArchive(SessionExporter exporter, MessageSource messages, RecentRecords recent) {
		this.exporter = exporter;
		this.messages = messages;
		this.recent = recent;
	}

	byte[] write() {
		PublishedRecords records = new PublishedRecords(this.exporter.exportPublished(),
				Arrays.stream(Topic.values())
					.map((topic) -> new TopicName(topic.key(), name(topic, Locale.ENGLISH), name(topic, Locale.FRENCH)))
					.toList());
		// each file dated by the newest change, so that the same records give the same
		// bytes (and ETag)
		Instant lastChange = Objects.requireNonNullElse(this.recent.lastChange(), Instant.EPOCH);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			Writer out = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
			for (DataFile<?> file : DataFiles.ALL) {
				ZipEntry entry = new ZipEntry(file.getFileName());
				entry.setTime(lastChange.toEpochMilli());
				zip.putNextEntry(entry);
				CsvExport.write(out, file.header(), file.rows(records));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private String name(Topic topic, Locale locale) {
		return this.messages.getMessage(topic.messageKey(), null, locale);
	}

}
