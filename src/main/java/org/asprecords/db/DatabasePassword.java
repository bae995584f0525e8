package org.asprecords.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The embedded database's superuser password: made at random on first start and kept in a
 * file that only the portal's user may read, beside the database it opens.
 */
final class DatabasePassword {

	private static final int BYTES = 32;

	private DatabasePassword() {
	}

	/**
	 * @param preset the password to keep when none is kept yet, or {@code null} for a
	 * random one
	 */
	static String readOrCreate(Path file, String preset) throws IOException {
		if (Files.isRegularFile(file)) {
			String password = Files.readString(file, StandardCharsets.US_ASCII).strip();
			if (!password.isEmpty()) {
				return password;
			}
		}
		String password = (preset != null && !preset.isBlank()) ? preset : random();
		Files.createDirectories(file.toAbsolutePath().getParent());
		Files.deleteIfExists(file);
		if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		Files.writeString(file, password, StandardCharsets.US_ASCII);
		return password;
	}

	private static String random() {
		byte[] random = new byte[BYTES];
		new SecureRandom().nextBytes(random);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
	}

}
