package org.asprecords.db;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Recognises a PostgreSQL server that a killed portal left running on its data directory:
 * its {@code postmaster.pid} names the same port and the port answers. Starting a second
 * server there would fail.
 */
final class LeftoverServer {

	private static final int PORT_LINE = 3;

	private LeftoverServer() {
	}

	static boolean answersOn(Path dataDirectory, int port) {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return false;
		}
		try {
			List<String> lines = Files.readAllLines(pidFile);
			if (lines.size() <= PORT_LINE || !lines.get(PORT_LINE).trim().equals(Integer.toString(port))) {
				return false;
			}
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress("localhost", port), 500);
				return true;
			}
		}
		catch (IOException ex) {
			return false;
		}
	}

}
