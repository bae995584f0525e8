package org.asprecords.alert;

import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;
import org.asprecords.resolution.Resolution;
import org.asprecords.statement.Statement;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each kind of alert is sent: records published or corrected that match it, as a
 * subscriber would check in the mails received; never drafts or records in the trash.
 */
class AlertMatchingIT extends AlertScenario {

	@Test
	void aSearchWithItsFiltersGetsWhatTheSearchFinds() {
		subscribe("follow=SEARCH&q=cooperation&session=22&kind=RESOLUTION", "search@example.org");
		this.records.resolution("ICC-ASP/22/Res.91", "22", "Enhancing cooperation with the Court", true);
		this.records.resolution("ICC-ASP/21/Res.91", "21", "Cooperation in another session", true);
		this.records.resolution("ICC-ASP/22/Res.92", "22", "Victims and reparations", true);
		this.sender.run();

		assertThat(alertTexts("search@example.org")).singleElement()
			.asString()
			.contains("New: ICC-ASP/22/Res.91: Enhancing cooperation with the Court", "/resolutions/ICC-ASP/22/Res.91")
			.doesNotContain("Res.92", "ICC-ASP/21/Res.91");
		assertThat(this.visitor.get("/search?q=cooperation&session=22&kind=RESOLUTION").body())
			.as("the search itself finds it")
			.contains("ICC-ASP/22/Res.91")
			.doesNotContain("ICC-ASP/21/Res.91");
	}

	@Test
	void aSessionGetsItsNewAndCorrectedRecords() {
		subscribe("follow=SESSION&path=/sessions/21", "session@example.org");
		long resolution = this.records.resolution("ICC-ASP/21/Res.93", "21", "A resolution of the 21st session", true);
		this.records.resolution("ICC-ASP/22/Res.93", "22", "A resolution of the 22nd session", true);
		this.sender.run();
		this.records.retitle(resolution, "A resolution of the 21st session, corrected");
		this.sender.run();

		assertThat(alertTexts("session@example.org")).hasSize(2)
			.satisfiesExactly(
					(first) -> assertThat(first).contains("New: ICC-ASP/21/Res.93: A resolution of the 21st session")
						.doesNotContain("22nd"),
					(second) -> assertThat(second)
						.contains("Corrected: ICC-ASP/21/Res.93: A resolution of the 21st session, corrected")
						.as("a correction says what it changed")
						.contains("\u2014 changed: Title\r\n"));
	}

	@Test
	void aKindGetsItsNewRecordsOnly() {
		subscribe("follow=KIND&kind=RESOLUTION", "kind@example.org");
		long resolution = this.records.resolution("ICC-ASP/22/Res.94", "22", "A new resolution", true);
		this.sender.run();
		this.records.retitle(resolution, "A new resolution, corrected");
		this.sender.run();

		assertThat(alertTexts("kind@example.org")).singleElement()
			.asString()
			.contains("New: ICC-ASP/22/Res.94: A new resolution");
	}

	@Test
	void aRecordGetsItsCorrections() {
		long id = this.jdbc.sql("select id from resolution where symbol = 'ICC-ASP/22/Res.4'")
			.query(Long.class)
			.single();
		subscribe("follow=RECORD&kind=RESOLUTION&path=/resolutions/ICC-ASP/22/Res.4", "record@example.org");
		this.records.correct(Resolution.class, "resolution", id);
		this.sender.run();

		assertThat(alertTexts("record@example.org")).singleElement()
			.asString()
			.contains("Corrected: ", "/resolutions/ICC-ASP/22/Res.4", "\u2014 changed: Sources\r\n");
	}

	@Test
	void aStateAPersonAndAnOrganizationGetTheRecordsThatReferToThem() {
		Map<String, Object> byState = this.jdbc.sql("""
				select x.id, st.slug from statement x join state st on st.id = x.speaker_state_id
				where x.published and x.deleted_at is null and public_session(x.session_id) order by x.id limit 1""")
			.query()
			.singleRow();
		Map<String, Object> byPerson = this.jdbc.sql("""
				select x.id, p.slug from statement x join statement_speaker k on k.statement_id = x.id
				join person p on p.id = k.person_id
				where x.published and x.deleted_at is null and public_session(x.session_id) order by x.id limit 1""")
			.query()
			.singleRow();
		Map<String, Object> byOrganization = this.jdbc.sql("""
				select x.id, o.slug from statement x join statement_organization k on k.statement_id = x.id
				join organization o on o.id = k.organization_id
				where x.published and x.deleted_at is null and public_session(x.session_id) order by x.id limit 1""")
			.query()
			.singleRow();
		subscribe("follow=STATE&path=/states/" + byState.get("slug"), "state@example.org");
		subscribe("follow=PERSON&path=/people/" + byPerson.get("slug"), "person@example.org");
		subscribe("follow=ORGANIZATION&path=/organizations/" + byOrganization.get("slug"), "org@example.org");

		this.records.correct(Statement.class, "statement", (Long) byState.get("id"));
		this.records.correct(Statement.class, "statement", (Long) byPerson.get("id"));
		this.records.correct(Statement.class, "statement", (Long) byOrganization.get("id"));
		this.sender.run();

		assertThat(alertTexts("state@example.org")).singleElement().asString().contains("Corrected: ");
		assertThat(alertTexts("person@example.org")).singleElement().asString().contains("Corrected: ");
		assertThat(alertTexts("org@example.org")).singleElement().asString().contains("Corrected: ");
	}

	@Test
	void draftsAndRecordsInTheTrashSendNothingUntilTheyArePublic() {
		subscribe("follow=SEARCH&q=cooperation", "drafts@example.org");
		long draft = this.records.resolution("ICC-ASP/22/Res.95", "22", "Cooperation, a draft", false);
		long trashed = this.records.resolution("ICC-ASP/22/Res.96", "22", "Cooperation, to the trash", true);
		this.sender.run();
		assertThat(alertTexts("drafts@example.org")).as("the published one").hasSize(1);

		this.records.retitle(draft, "Cooperation, a draft still");
		this.records.trash(trashed);
		this.sender.run();
		assertThat(alertTexts("drafts@example.org")).as("a draft saved, a record trashed").hasSize(1);

		this.records.publish(draft, true);
		this.sender.run();
		assertThat(alertTexts("drafts@example.org")).hasSize(2)
			.last()
			.asString()
			.contains("New: ICC-ASP/22/Res.95: Cooperation, a draft still")
			.doesNotContain("to the trash");
	}

	@Test
	void publishingASessionMakesItsRecordsNew() {
		subscribe("follow=KIND&kind=RESOLUTION", "published@example.org");
		this.jdbc.sql("update assembly_session set published = false where slug = 'S-1'").update();
		try {
			this.records.resolution("ICC-ASP/S-1/Res.90", "S-1", "A resolution of a draft session", true);
			this.sender.run();
			assertThat(alertTexts("published@example.org")).as("a record of a draft session").isEmpty();

			this.records.publishSession("S-1", true);
			this.sender.run();
			assertThat(alertTexts("published@example.org")).singleElement()
				.asString()
				.contains("New: ICC-ASP/S-1/Res.90: A resolution of a draft session");
		}
		finally {
			this.jdbc.sql("update assembly_session set published = true where slug = 'S-1'").update();
		}
	}

	@Test
	void aDigestTellsOfARecordOnceHoweverOftenItWasSaved() {
		this.visitor.subscribe(this.sender, "follow=SESSION&path=/sessions/21", "digest@example.org", Frequency.WEEKLY,
				"en");
		long resolution = this.records.resolution("ICC-ASP/21/Res.94", "21", "First title", true);
		this.records.retitle(resolution, "Second title");
		this.records.retitle(resolution, "Third title");
		this.sender.run();
		assertThat(alertTexts("digest@example.org")).as("a weekly digest waits for its week").isEmpty();

		this.jdbc.sql("update alert_subscription set confirmed_at = confirmed_at - interval '7 days'").update();
		this.sender.run();
		assertThat(AlertMatchingIT.alerts("digest@example.org")).singleElement()
			.satisfies((mail) -> assertThat(Mails.subject(mail)).startsWith("Weekly digest, Session: "))
			.extracting(Mails::text)
			.asString()
			.containsOnlyOnce("ICC-ASP/21/Res.94: ")
			.contains("New: ICC-ASP/21/Res.94: Third title");
		assertThat(
				this.jdbc.sql("select count(*) from alert_match where mail_id is not null").query(Long.class).single())
			.as("each version matched, all carried by the digest")
			.isEqualTo(3);
	}

	private void subscribe(String query, String email) {
		this.visitor.subscribe(this.sender, query, email, Frequency.IMMEDIATE, "en");
	}

	/** The plain texts of the alerts an address received, confirmations left out. */
	static List<String> alertTexts(String email) {
		return Mails.to(email)
			.stream()
			.filter((mail) -> !Mails.subject(mail).startsWith("Confirm"))
			.map(Mails::text)
			.toList();
	}

	static List<MimeMessage> alerts(String email) {
		return Mails.to(email).stream().filter((mail) -> !Mails.subject(mail).startsWith("Confirm")).toList();
	}

}
