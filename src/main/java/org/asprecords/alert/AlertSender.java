package org.asprecords.alert;

import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox's mails through the mail server that {@code spring.mail.host} names,
 * on every instance, every {@code portal.alerts.send-every}: it first makes the mails of
 * the alerts that are due, then sends those due, each as plain text and HTML with its
 * one-click unsubscribe headers (RFC 8058). Without a mail server, mails are made and
 * wait (the admin area shows them); nothing else changes.
 * <p>
 * Each match is mailed once: the mail that carries it is made, and the match marked as
 * mailed by it, in one transaction; a mail is leased to one instance while it is sent,
 * and marked sent once the server took it. One case remains: the server took a mail and
 * the mark was not written (this instance stopped, or the database was away, in between).
 * Once the lease ends, the mail is sent again, the same message with the same Message-ID,
 * which mail clients and many servers take as the same mail; it may still show twice.
 * Nothing is lost either way.
 */
@Component
class AlertSender {

	private static final Logger logger = LoggerFactory.getLogger(AlertSender.class);

	private final AlertOutbox outbox;

	private final ObjectProvider<JavaMailSender> mailServer;

	private final AlertProperties properties;

	AlertSender(AlertOutbox outbox, ObjectProvider<JavaMailSender> mailServer, AlertProperties properties) {
		this.outbox = outbox;
		this.mailServer = mailServer;
		this.properties = properties;
	}

	/** Makes and sends what is due; a database away is tried again next time. */
	void run() {
		try {
			this.outbox.makeMails();
			JavaMailSender server = this.mailServer.getIfAvailable();
			if (server != null) {
				for (AlertOutbox.Outgoing mail : this.outbox.claim()) {
					send(server, mail);
				}
			}
			this.outbox.forget();
		}
		catch (RuntimeException ex) {
			logger.warn("Alerts by email wait: {}", ex.getMessage());
		}
	}

	private void send(JavaMailSender server, AlertOutbox.Outgoing mail) {
		try {
			server.send(message(mail));
		}
		catch (MailException | MessagingException ex) {
			logger.info("Mail {} not sent (attempt {}): {}", mail.id(), mail.attempts(), ex.getMessage());
			this.outbox.failed(mail, ex.getMessage());
			return;
		}
		this.outbox.sent(mail.id());
	}

	private MimeMessage message(AlertOutbox.Outgoing mail) throws MessagingException {
		MimeMessage message = new MimeMessage(Session.getInstance(new Properties())) {

			@Override
			protected void updateMessageID() throws MessagingException {
				// the Message-ID chosen when the mail was made, the same on every attempt
				setHeader("Message-ID", mail.messageId());
			}

		};
		MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
		helper.setFrom(new InternetAddress(this.properties.from(), true));
		helper.setTo(mail.to());
		helper.setSubject(mail.subject());
		helper.setText(mail.text(), mail.html());
		message.setHeader("List-Unsubscribe", "<" + mail.unsubscribe() + ">");
		message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		message.setHeader("Auto-Submitted", "auto-generated");
		return message;
	}

}
