package org.asprecords.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Properties;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A real SMTP server for the tests of alerts by email (GreenMail), on a port chosen once
 * per JVM, and the portal's mail sender pointed at it, as {@code spring.mail.host} and
 * {@code spring.mail.port} would make it. A test may stop the server (an outage) and
 * start it again on the same port.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestMail {

	/** The SMTP server's port. */
	public static final int PORT = freePort();

	private static GreenMail server;

	@Bean
	JavaMailSender testMailSender() {
		start();
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("localhost");
		sender.setPort(PORT);
		Properties properties = new Properties();
		properties.setProperty("mail.smtp.connectiontimeout", "2000");
		properties.setProperty("mail.smtp.timeout", "2000");
		sender.setJavaMailProperties(properties);
		return sender;
	}

	/** Starts the server, if it is not running, with no mail. */
	public static synchronized void start() {
		if (server == null) {
			server = new GreenMail(new ServerSetup(PORT, "localhost", ServerSetup.PROTOCOL_SMTP));
			server.start();
		}
	}

	/** Stops the server: the mail server is down. */
	public static synchronized void stop() {
		if (server != null) {
			server.stop();
			server = null;
		}
	}

	/** Every mail received since the server started or was last emptied. */
	public static synchronized List<MimeMessage> received() {
		return List.of(server.getReceivedMessages());
	}

	/** Forgets the mails received. */
	public static synchronized void empty() throws Exception {
		start();
		server.purgeEmailFromAllMailboxes();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
