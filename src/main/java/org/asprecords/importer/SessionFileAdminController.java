package org.asprecords.importer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A whole session in one file: its download as a session document, and the import of one,
 * previewed before anything is written.
 */
@Controller
@RequestMapping("/admin/sessions")
class SessionFileAdminController {

	/**
	 * The largest file an editor may import; the biggest session's file is about 60 kB.
	 */
	static final long MAX_SIZE = 1024 * 1024;

	private static final String UPLOAD = "admin/sessions/import";

	private static final String PREVIEW = "admin/sessions/import-preview";

	private final SessionExporter exporter;

	private final DocumentWriter writer;

	private final SessionFileImport imports;

	SessionFileAdminController(SessionExporter exporter, DocumentWriter writer, SessionFileImport imports) {
		this.exporter = exporter;
		this.writer = writer;
		this.imports = imports;
	}

	@GetMapping("/{id}/export")
	ResponseEntity<byte[]> export(@PathVariable long id) {
		SessionDocument document = this.exporter.export(id);
		ContentDisposition attachment = ContentDisposition.attachment()
			.filename("session-" + document.session().slug() + ".json", StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment.toString())
			.body(this.writer.write(document));
	}

	@GetMapping("/import")
	String uploadForm() {
		return UPLOAD;
	}

	@PostMapping("/import")
	String preview(@RequestParam(required = false) MultipartFile file, Model model) throws IOException {
		if (file == null || file.isEmpty()) {
			return refused(model, "admin.session-file.file.required", null);
		}
		if (file.getSize() > MAX_SIZE) {
			return refused(model, "admin.session-file.file.too-big", null);
		}
		String name = String.valueOf(file.getOriginalFilename());
		String json = utf8(file.getBytes());
		if (!name.toLowerCase(Locale.ROOT).endsWith(".json") || json == null || !json.strip().startsWith("{")) {
			return refused(model, "admin.session-file.file.not-json", null);
		}
		return preview(json, name, model);
	}

	@PostMapping("/import/confirm")
	String confirm(@RequestParam String document, @RequestParam String name, @RequestParam String fingerprint,
			Model model, RedirectAttributes redirect) {
		try {
			long id = this.imports.confirm(document, name, fingerprint);
			redirect.addFlashAttribute("flash", "admin.session-file.imported");
			return "redirect:/admin/sessions/" + id + "/edit";
		}
		catch (StaleImportException ex) {
			model.addAttribute("stale", true);
			return preview(document, name, model);
		}
		catch (InvalidDocumentException ex) {
			return refused(model, "admin.session-file.invalid", ex.getMessage());
		}
	}

	private String preview(String json, String name, Model model) {
		try {
			model.addAttribute("preview", this.imports.preview(json, name));
		}
		catch (InvalidDocumentException ex) {
			return refused(model, "admin.session-file.invalid", ex.getMessage());
		}
		model.addAttribute("document", json);
		model.addAttribute("name", name);
		return PREVIEW;
	}

	private static String refused(Model model, String message, String detail) {
		model.addAttribute("error", message);
		model.addAttribute("detail", detail);
		return UPLOAD;
	}

	/** The text of a file in UTF-8 (without a byte-order mark), or null if it is not. */
	private static String utf8(byte[] content) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

}
