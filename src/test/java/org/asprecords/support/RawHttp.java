package org.asprecords.support;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Requests written byte for byte to a running portal, for what an HTTP client library
 * refuses to send: a forged {@code Host}, proxy headers, a malformed request line, an
 * illegal header. The answer is read as far as its length says, so that a connection the
 * server keeps open does not hold the test.
 */
public final class RawHttp {

	private RawHttp() {
	}

	/**
	 * Sends {@code request} (its request line and headers, each ending with CRLF, then a
	 * blank line and any body) to the portal on {@code port} of this machine's loopback
	 * address, which Tomcat trusts as a proxy.
	 */
	public static Answer send(int port, String request) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(20_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.UTF_8));
			out.flush();
			return read(new BufferedInputStream(socket.getInputStream()));
		}
	}

	/**
	 * A GET of {@code path} with these extra header lines (as {@code "Name: value"}).
	 */
	public static Answer get(int port, String path, String... headers) throws IOException {
		StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\n");
		boolean host = false;
		for (String header : headers) {
			request.append(header).append("\r\n");
			host |= header.toLowerCase(Locale.ROOT).startsWith("host:");
		}
		if (!host) {
			request.append("Host: localhost\r\n");
		}
		return send(port, request.append("Connection: close\r\n\r\n").toString());
	}

	private static Answer read(InputStream in) throws IOException {
		String statusLine = line(in);
		List<String> headers = new ArrayList<>();
		for (String header = line(in); !header.isEmpty(); header = line(in)) {
			headers.add(header);
		}
		Answer head = new Answer(Integer.parseInt(statusLine.split(" ")[1]), headers, new byte[0]);
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		if ("chunked".equalsIgnoreCase(head.header("Transfer-Encoding"))) {
			for (int size = chunkSize(line(in)); size > 0; size = chunkSize(line(in))) {
				body.write(in.readNBytes(size));
				line(in);
			}
		}
		else if (head.header("Content-Length") != null) {
			body.write(in.readNBytes(Integer.parseInt(head.header("Content-Length"))));
		}
		else {
			in.transferTo(body);
		}
		return new Answer(head.status(), headers, body.toByteArray());
	}

	private static int chunkSize(String line) {
		return Integer.parseInt(line.split(";")[0].strip(), 16);
	}

	private static String line(InputStream in) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
			if (b != '\r') {
				line.write(b);
			}
		}
		return line.toString(StandardCharsets.ISO_8859_1);
	}

	/**
	 * @param headers the header lines, as {@code "Name: value"}
	 */
	public record Answer(int status, List<String> headers, byte[] body) {

		/**
		 * The value of the first header of that name, or {@code null}.
		 */
		public String header(String name) {
			return values(name).stream().findFirst().orElse(null);
		}

		public List<String> values(String name) {
			String prefix = name.toLowerCase(Locale.ROOT) + ":";
			return this.headers.stream()
				.filter((header) -> header.toLowerCase(Locale.ROOT).startsWith(prefix))
				.map((header) -> header.substring(prefix.length()).strip())
				.toList();
		}

		public String text() {
			return new String(this.body, StandardCharsets.UTF_8);
		}

	}

}
