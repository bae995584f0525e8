package org.asprecords.alert;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.asprecords.PortalProperties;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Makes the mails and puts them in the outbox ({@code alert_mail}), whole: subject,
 * bodies, the one-click unsubscribe address and a Message-ID chosen once, so that every
 * attempt to send one sends the same message. Each mail has a token of its own: its links
 * unsubscribe from its alert ({@code /alerts/unsubscribe/TOKEN}) and manage every alert
 * of its address ({@code /alerts/manage/TOKEN}); a confirmation's link confirms
 * ({@code /alerts/confirm/TOKEN}). Only the token's hash is kept once the mail is sent.
 */
@Component
class AlertMails {

	private final JdbcClient jdbc;

	private final MailTexts texts;

	private final MessageSource messages;

	private final PortalProperties portal;

	private final AlertProperties alerts;

	AlertMails(JdbcClient jdbc, MailTexts texts, MessageSource messages, PortalProperties portal,
			AlertProperties alerts) {
		this.jdbc = jdbc;
		this.texts = texts;
		this.messages = messages;
		this.portal = portal;
		this.alerts = alerts;
	}

	/** The confirmation of a new alert, the only mail a pending alert gets. */
	void confirmation(long address, long subscription, Locale language, String name, String page) {
		String token = Tokens.create();
		Map<String, Object> variables = links(token, language);
		variables.put("name", name);
		variables.put("page", link(page, language));
		variables.put("confirm", link("/alerts/confirm/" + token, language));
		variables.put("hours", this.alerts.confirmationValidity().toHours());
		store(address, subscription, "CONFIRMATION", token,
				this.messages.getMessage("alert.mail.confirm.subject", new Object[] { name }, language),
				this.texts.write("confirmation", language, variables), (String) variables.get("unsubscribe"));
	}

	/**
	 * The mail of an alert's matches: one batch at once, or a digest.
	 * @return the id of the mail
	 */
	long alert(long address, long subscription, Locale language, Frequency frequency, String name, String page,
			List<Item> items) {
		String token = Tokens.create();
		Map<String, Object> variables = links(token, language);
		variables.put("name", name);
		variables.put("page", link(page, language));
		variables.put("items", items.stream().map((item) -> item.linked(link(item.path(), language))).toList());
		variables.put("frequency", frequency);
		String subject = this.messages.getMessage("alert.mail.subject." + frequency,
				new Object[] { name, items.size() }, language);
		return store(address, subscription, "ALERT", token, subject, this.texts.write("alert", language, variables),
				(String) variables.get("unsubscribe"));
	}

	private Map<String, Object> links(String token, Locale language) {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("unsubscribe", link("/alerts/unsubscribe/" + token, language));
		variables.put("manage", link("/alerts/manage/" + token, language));
		variables.put("home", link("/", language));
		return variables;
	}

	/** An absolute link, in French with {@code lang=fr}. */
	private String link(String path, Locale language) {
		String french = Locale.FRENCH.getLanguage().equals(language.getLanguage())
				? ((path.contains("?") ? "&" : "?") + "lang=fr") : "";
		return this.portal.baseUrl() + path + french;
	}

	private long store(long address, long subscription, String purpose, String token, String subject,
			MailTexts.Bodies bodies, String unsubscribe) {
		String host = URI.create(this.portal.baseUrl()).getHost();
		return this.jdbc
			.sql("""
					insert into alert_mail (address_id, subscription_id, purpose, message_id, token_hash, subject, text_body,
					                        html_body, unsubscribe_url)
					values (:address, :subscription, :purpose, :messageId, :token, :subject, :text, :html, :unsubscribe)
					returning id""")
			.param("address", address)
			.param("subscription", subscription)
			.param("purpose", purpose)
			.param("messageId", "<" + UUID.randomUUID() + ".alert@" + host + ">")
			.param("token", Tokens.hash(token))
			.param("subject", subject)
			.param("text", bodies.text())
			.param("html", bodies.html())
			.param("unsubscribe", unsubscribe)
			.query(Long.class)
			.single();
	}

	/**
	 * A record an alert tells of.
	 *
	 * @param title what it is called
	 * @param session its session's name, or null
	 * @param path its page, from the portal's root
	 * @param change whether it is NEW or CORRECTED
	 * @param changed the names of the fields a correction changed, or null
	 * @param link its page's absolute address, once known
	 */
	public record Item(String title, String session, String path, String change, String changed, String link) {

		Item linked(String address) {
			return new Item(this.title, this.session, this.path, this.change, this.changed, address);
		}

	}

}
