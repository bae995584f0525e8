package org.asprecords.alert;

import jakarta.persistence.EntityManager;
import org.asprecords.resolution.ResolutionEditor;
import org.asprecords.support.TestMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * What the tests of alerts' mails start from: a visitor of the running portal, records an
 * editor publishes and corrects ({@link Records}), the sender run when a test says so,
 * and an empty mailbox; each test removes its records and alerts.
 */
@AlertTest
abstract class AlertScenario {

	@LocalServerPort
	int port;

	@Autowired
	AlertSender sender;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ResolutionEditor resolutions;

	@Autowired
	EntityManager entities;

	@Autowired
	PlatformTransactionManager transactions;

	Visitor visitor;

	Records records;

	@BeforeEach
	void start() throws Exception {
		this.visitor = new Visitor(this.port);
		this.records = new Records(this.resolutions, this.entities, this.transactions, this.jdbc);
		TestMail.empty();
	}

	@AfterEach
	void undo() {
		this.records.removeAll();
		AlertSubscriptionIT.forgetAlerts(this.jdbc);
	}

}
