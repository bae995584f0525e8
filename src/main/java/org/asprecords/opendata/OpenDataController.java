package org.asprecords.opendata;

import org.asprecords.importer.DocumentWriter;
import org.asprecords.importer.SessionExporter;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The whole published dataset as one JSON document: an array of documents in the format
 * of the shipped records and of the admin import ({@code records/FORMAT.md}), the
 * directory of States, people and organizations first, then every session. Importing it
 * into an empty portal gives the same published records.
 */
@RestController
class OpenDataController {

	static final String FILE = "asp-records.json";

	private final SessionExporter exporter;

	private final DocumentWriter writer;

	OpenDataController(SessionExporter exporter, DocumentWriter writer) {
		this.exporter = exporter;
		this.writer = writer;
	}

	@GetMapping("/open-data/" + FILE)
	ResponseEntity<byte[]> everything() {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(FILE).build().toString())
			.body(this.writer.writeAll(this.exporter.exportPublished()));
	}

}
