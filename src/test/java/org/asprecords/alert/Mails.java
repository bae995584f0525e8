package org.asprecords.alert;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.asprecords.support.TestMail;

/**
 * The mails the test SMTP server received, read as a mail client reads them.
 */
public final class Mails {

	private Mails() {
	}

	/** The mails received for an address, oldest first. */
	public static List<MimeMessage> to(String address) {
		return TestMail.received().stream().filter((mail) -> isFor(mail, address)).toList();
	}

	private static boolean isFor(MimeMessage mail, String address) {
		try {
			Address[] to = mail.getAllRecipients();
			return to != null && Arrays.stream(to).anyMatch((recipient) -> recipient.toString().equals(address));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static String subject(MimeMessage mail) {
		try {
			return mail.getSubject();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static String header(MimeMessage mail, String name) {
		try {
			String[] values = mail.getHeader(name);
			return (values != null) ? values[0] : null;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The plain-text part. */
	public static String text(MimeMessage mail) {
		return part(mail, "text/plain");
	}

	/** The HTML part. */
	public static String html(MimeMessage mail) {
		return part(mail, "text/html");
	}

	/** The types of the mail's parts, depth first. */
	public static List<String> types(MimeMessage mail) {
		List<String> types = new ArrayList<>();
		try {
			collect(mail, types);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return types;
	}

	private static void collect(Part part, List<String> types) throws Exception {
		types.add(part.getContentType().toLowerCase().split(";")[0].strip());
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				collect(multipart.getBodyPart(i), types);
			}
		}
	}

	private static String part(Part part, String type) {
		try {
			if (part.isMimeType(type)) {
				return part.getContent().toString();
			}
			if (part.getContent() instanceof Multipart multipart) {
				for (int i = 0; i < multipart.getCount(); i++) {
					BodyPart child = multipart.getBodyPart(i);
					String found = part(child, type);
					if (found != null) {
						return found;
					}
				}
			}
			return null;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The first link of a mail's text to a page of alerts ({@code confirm},
	 * {@code unsubscribe}, {@code manage}), as written.
	 */
	public static String link(String text, String page) {
		Matcher link = Pattern.compile(Pattern.quote(Visitor.BASE) + "/alerts/" + page + "/[A-Za-z0-9_-]+(\\?lang=fr)?")
			.matcher(text);
		if (!link.find()) {
			throw new AssertionError("No link to /alerts/" + page + " in:\n" + text);
		}
		return link.group();
	}

}
