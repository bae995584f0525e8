package org.asprecords.importer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
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

	/** The most problems a refusal lists; the others are counted. */
	static final int PROBLEMS_SHOWN = 20;

	private static final String TOO_BIG = "admin.session-file.file.too-big";

	private static final String UPLOAD = "admin/sessions/import";

	private static final String PREVIEW = "admin/sessions/import-preview";

	private final SessionExporter exporter;

	private final DocumentWriter writer;

	private final SessionFileImport imports;

	private final MessageSource messages;

	SessionFileAdminController(SessionExporter exporter, DocumentWriter writer, SessionFileImport imports,
			MessageSource messages) {
		this.exporter = exporter;
		this.writer = writer;
		this.imports = imports;
		this.messages = messages;
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
	String preview(@RequestParam(required = false) MultipartFile file, Model model, Locale locale) throws IOException {
		if (file == null || file.isEmpty()) {
			return refused(model, "admin.session-file.file.required");
		}
		if (file.getSize() > MAX_SIZE) {
			return refused(model, TOO_BIG);
		}
		String name = String.valueOf(file.getOriginalFilename());
		String json = utf8(file.getBytes());
		if (!name.toLowerCase(Locale.ROOT).endsWith(".json") || json == null || !json.strip().startsWith("{")) {
			return refused(model, "admin.session-file.file.not-json");
		}
		return preview(json, name, model, locale);
	}

	/**
	 * Imports the previewed document, which comes back as a form field: so it is held to
	 * the upload's limit again, for a post made without the preview.
	 */
	@PostMapping("/import/confirm")
	String confirm(@RequestParam String document, @RequestParam String name, @RequestParam String fingerprint,
			Model model, Locale locale, RedirectAttributes redirect) {
		if (tooBig(document)) {
			return refused(model, TOO_BIG);
		}
		try {
			long id = this.imports.confirm(document, name, fingerprint);
			redirect.addFlashAttribute("flash", "admin.session-file.imported");
			return "redirect:/admin/sessions/" + id + "/edit";
		}
		catch (StaleImportException ex) {
			model.addAttribute("stale", true);
			return preview(document, name, model, locale);
		}
		catch (InvalidDocumentException ex) {
			return refused(model, ex, locale);
		}
	}

	private String preview(String json, String name, Model model, Locale locale) {
		try {
			model.addAttribute("preview", this.imports.preview(json, name));
		}
		catch (InvalidDocumentException ex) {
			return refused(model, ex, locale);
		}
		model.addAttribute("document", json);
		model.addAttribute("name", name);
		return PREVIEW;
	}

	private static boolean tooBig(String document) {
		return document.getBytes(StandardCharsets.UTF_8).length > MAX_SIZE;
	}

	private static String refused(Model model, String message) {
		model.addAttribute("error", message);
		return UPLOAD;
	}

	/** The upload form with each problem of the document in the editor's language. */
	private String refused(Model model, InvalidDocumentException ex, Locale locale) {
		List<InvalidDocumentException.Problem> problems = ex.problems();
		model.addAttribute("problems",
				problems.stream().limit(PROBLEMS_SHOWN).map((problem) -> text(problem, locale)).toList());
		model.addAttribute("moreProblems", Math.max(0, problems.size() - PROBLEMS_SHOWN));
		return refused(model, "admin.session-file.invalid");
	}

	private String text(InvalidDocumentException.Problem problem, Locale locale) {
		String reason = this.messages.getMessage(problem.reason(), locale);
		if (problem.path() == null) {
			return reason;
		}
		return this.messages.getMessage(InvalidDocumentException.Problem.KEYS + "at",
				new Object[] { problem.path(), reason }, locale);
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
