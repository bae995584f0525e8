package org.asprecords.pagecache;

import org.asprecords.db.RecordChanges;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * A public page as it was sent: its headers (security headers, type, language, ETag,
 * download name) and its body, plain and compressed, with the state of the records it
 * shows.
 *
 * @param state the {@link RecordChanges} state it was rendered at
 * @param headers its headers, each with its values, in order
 * @param body its body
 * @param gzipped its body compressed, or {@code null} when compressing saves nothing
 * worth it
 */
public record RenderedPage(long state, List<Map.Entry<String, String>> headers, byte[] body, byte[] gzipped) {

	/** Compressing a smaller body saves less than the header it costs. */
	private static final int COMPRESS_FROM = 1024;

	static RenderedPage of(long state, List<Map.Entry<String, String>> headers, byte[] body, boolean compressible) {
		return new RenderedPage(state, List.copyOf(headers), body,
				(compressible && body.length >= COMPRESS_FROM) ? gzip(body) : null);
	}

	/** What it weighs in the cache, roughly, in bytes. */
	int weight() {
		return this.body.length + ((this.gzipped != null) ? this.gzipped.length : 0) + 64 * this.headers.size() + 128;
	}

	String header(String name) {
		return this.headers.stream()
			.filter((header) -> header.getKey().equalsIgnoreCase(name))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(null);
	}

	private static byte[] gzip(byte[] body) {
		ByteArrayOutputStream compressed = new ByteArrayOutputStream(body.length / 4);
		try (GZIPOutputStream out = new GZIPOutputStream(compressed)) {
			out.write(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return compressed.toByteArray();
	}

}
