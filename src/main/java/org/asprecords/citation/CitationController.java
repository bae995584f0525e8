package org.asprecords.citation;

import org.asprecords.db.NotFoundException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A record's citation as a file:
 * {@code /cite/bibtex?record=/resolutions/ICC-ASP/22/Res.4}. The record goes by its
 * page's address, in a parameter, because resolution symbols hold slashes and
 * {@code /resolutions/...} already takes every path below it. An unknown format or record
 * is not found (404); a parameter that is no record's address is a malformed request
 * (400).
 */
@Controller
class CitationController {

	private final CitedRecords records;

	CitationController(CitedRecords records) {
		this.records = records;
	}

	@GetMapping("/cite/{format}")
	ResponseEntity<byte[]> download(@PathVariable String format, @RequestParam String record) {
		CitationFormat chosen = CitationFormat.named(format).orElseThrow(() -> new NotFoundException("format"));
		Citation citation = this.records.cite(record);
		return ResponseEntity.ok()
			.contentType(chosen.mediaType())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(chosen.fileName(citation)).build().toString())
			.body(chosen.write(citation));
	}

}
