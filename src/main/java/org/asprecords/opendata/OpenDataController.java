package org.asprecords.opendata;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.asprecords.importer.DocumentWriter;
import org.asprecords.importer.SessionExporter;
import org.asprecords.kind.RecordKind;
import org.asprecords.search.RecentRecords;
import org.asprecords.search.SearchKind;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The open-data page and its downloads. The whole published dataset comes as one JSON
 * document (an array of documents in the format of the shipped records and of the admin
 * import, {@code records/FORMAT.md}: the directory of States, people and organizations
 * first, then every session; importing it into an empty portal gives the same published
 * records) and as a ZIP of CSV files, one per kind of record ({@link DataFiles}), which
 * the page documents column by column.
 */
@Controller
class OpenDataController {

	static final String FILE = "asp-records.json";

	private static final MediaType ZIP = MediaType.parseMediaType("application/zip");

	private final SessionExporter exporter;

	private final DocumentWriter writer;

	private final CsvArchive archive;

	private final Coverage coverage;

	OpenDataController(SessionExporter exporter, DocumentWriter writer, CsvArchive archive, Coverage coverage) {
		this.exporter = exporter;
		this.writer = writer;
		this.archive = archive;
		this.coverage = coverage;
	}

	@GetMapping("/open-data")
	String page(Model model) {
		model.addAttribute("files", DataFiles.ALL);
		Map<RecordKind, Long> counts = this.coverage.counts();
		model.addAttribute("counts", counts);
		model.addAttribute("sessionCount", counts.get(RecordKind.SESSION));
		model.addAttribute("resolutionSessions", this.coverage.sessionsWithResolutions());
		model.addAttribute("feedKinds", SearchKind.values());
		model.addAttribute("feedSize", RecentRecords.FEED_SIZE);
		return "open-data";
	}

	@GetMapping("/open-data/" + FILE)
	ResponseEntity<byte[]> everything() {
		return download(MediaType.APPLICATION_JSON, FILE, this.writer.writeAll(this.exporter.exportPublished()));
	}

	@GetMapping("/open-data/" + CsvArchive.FILE)
	ResponseEntity<byte[]> csvFiles() {
		return download(ZIP, CsvArchive.FILE, this.archive.write());
	}

	/**
	 * The description of the JSON format, as the repository keeps it (Markdown, shown as
	 * plain text).
	 */
	@GetMapping("/open-data/FORMAT.md")
	ResponseEntity<Resource> format() {
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
			.body(new ClassPathResource("records/FORMAT.md"));
	}

	private static ResponseEntity<byte[]> download(MediaType type, String filename, byte[] body) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(body);
	}

}
