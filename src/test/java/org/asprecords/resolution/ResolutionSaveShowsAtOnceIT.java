package org.asprecords.resolution;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.stream.IntStream;

import com.jayway.jsonpath.JsonPath;
import org.asprecords.db.RecordChanges;
import org.asprecords.support.AdminForms;
import org.asprecords.support.IntegrationTest;
import org.asprecords.support.Pages;
import org.asprecords.support.SqlStatementCounter;
import org.asprecords.topic.Topic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.asprecords.support.Pages.page;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What public pages keep between saves (the list's filter options, the home page's key
 * figures) shows a save right after it. Each save is its own committed transaction here,
 * as an editor's is (no test transaction around them), and the resolution is given back
 * what it had at the end.
 */
@IntegrationTest
@WithMockUser(roles = "EDITOR")
class ResolutionSaveShowsAtOnceIT {

	private static final String SYMBOL = "ICC-ASP/17/Res.4";

	private static final String RESOLUTIONS_RECORDED = "Resolutions recorded";

	/** A public resolution that no record refers to: it may become a draft. */
	private static final String UNREFERRED = """
			select r.id from resolution r where r.published and r.deleted_at is null and public_session(r.session_id)
			and not exists (select 1 from resolution_reference x where x.refers_to_id = r.id)
			and not exists (select 1 from programme_budget x where x.resolution_id = r.id)
			and not exists (select 1 from amendment x where x.resolution_id = r.id)
			and not exists (select 1 from policy x where x.resolution_id = r.id)
			and not exists (select 1 from decision x where x.resolution_id = r.id)
			order by r.id limit 1""";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SqlStatementCounter statements;

	@Autowired
	RecordChanges changes;

	@Autowired
	PlatformTransactionManager transactions;

	private String edit;

	/**
	 * Values are kept only while the portal hears of record changes, which it starts
	 * doing a moment after it starts.
	 */
	@BeforeEach
	void hearRecordChanges() throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		while (!this.changes.listening() && Instant.now().isBefore(deadline)) {
			Thread.sleep(100);
		}
		assertThat(this.changes.listening()).as("the portal hears of record changes").isTrue();
	}

	@Test
	void aTopicIsOfferedRightAfterTheSaveThatGivesItAndNoLongerAfterTheSaveThatTakesItAway() {
		edit(this.jdbc.sql("select id from resolution where symbol = :symbol").param("symbol", SYMBOL));
		List<String> offered = topicsOffered();
		String unused = Arrays.stream(Topic.values())
			.map(Topic::key)
			.filter((key) -> !offered.contains(key))
			.findFirst()
			.orElseThrow(() -> new AssertionError("every topic is in use: " + offered));
		try {
			save(with(fields(), "topics", unused));
			assertThat(topicsOffered()).contains(unused);
			assertKeptBetweenSaves("/resolutions");
			assertThat(topicsOffered()).contains(unused);
			assertThat(page(this.mvc, "/resolutions?topic={topic}", unused).select("th[scope=row] a").eachText())
				.containsExactly(SYMBOL);
		}
		finally {
			save(without(fields(), "topics", unused));
		}
		assertThat(topicsOffered()).isEqualTo(offered);
	}

	@Test
	void theHomePageCountsAResolutionOnlyWhileItIsPublished() {
		assertCountedOnlyWhilePublished("/", this::resolutionsRecorded);
	}

	@Test
	void theListCountsAResolutionOnlyWhileItIsPublished() {
		assertCountedOnlyWhilePublished("/resolutions", this::resolutionsListed);
	}

	/**
	 * The figure that {@code page} shows drops by one when a resolution is unpublished,
	 * stays so between saves, and comes back when it is published again.
	 */
	private void assertCountedOnlyWhilePublished(String page, LongSupplier counted) {
		edit(this.jdbc.sql(UNREFERRED));
		long before = counted.getAsLong();
		try {
			save(AdminForms.changing(fields(), "published"));
			assertThat(counted.getAsLong()).isEqualTo(before - 1);
			assertKeptBetweenSaves(page);
			assertThat(counted.getAsLong()).isEqualTo(before - 1);
		}
		finally {
			save(AdminForms.changing(fields(), "published", "true"));
		}
		assertThat(counted.getAsLong()).isEqualTo(before);
	}

	@Test
	void theSessionCountsAResolutionOnlyWhileItIsPublished() throws UnsupportedEncodingException {
		long id = this.jdbc.sql(UNREFERRED).query(Long.class).single();
		edit(this.jdbc.sql("select :id").param("id", id));
		String slug = this.jdbc
			.sql("select s.slug from resolution r join assembly_session s on s.id = r.session_id where r.id = :id")
			.param("id", id)
			.query(String.class)
			.single();
		String session = "/api/v1/sessions/" + slug;
		int counted = resolutionsCounted(session);
		try {
			save(AdminForms.changing(fields(), "published"));
			assertThat(resolutionsCounted(session)).isEqualTo(counted - 1);
			assertKeptBetweenSaves("/sessions/" + slug);
			assertThat(resolutionsCounted(session)).isEqualTo(counted - 1);
		}
		finally {
			save(AdminForms.changing(fields(), "published", "true"));
		}
		assertThat(resolutionsCounted(session)).isEqualTo(counted);
	}

	private int resolutionsCounted(String session) throws UnsupportedEncodingException {
		String json = this.mvc.get()
			.uri(session)
			.accept(MediaType.APPLICATION_JSON)
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return JsonPath.read(json, "$.counts.resolutions");
	}

	private void edit(JdbcClient.StatementSpec resolution) {
		this.edit = "/admin/resolutions/" + resolution.query(Long.class).single() + "/edit";
	}

	private List<String> topicsOffered() {
		return page(this.mvc, "/resolutions").select("select[name=topic] option[value~=.]").eachAttr("value");
	}

	/** How many resolutions the list's caption counts. */
	private long resolutionsListed() {
		return Long.parseLong(page(this.mvc, "/resolutions").selectFirst("caption").text().replaceAll("\\D", ""));
	}

	private long resolutionsRecorded() {
		return Long.parseLong(Pages.fact(page(this.mvc, "/"), RESOLUTIONS_RECORDED).text().replaceAll("\\D", ""));
	}

	/**
	 * The page serves what it keeps: it issues fewer statements than inside a read-write
	 * transaction, where nothing kept is served. (The database's announcement of the last
	 * save arrives a moment after it and may start the values afresh once more: the
	 * fewest of a few requests.)
	 */
	private void assertKeptBetweenSaves(String uri) {
		int kept = IntStream.range(0, 3)
			.map((i) -> Pages.statementsIssued(this.mvc, this.statements, uri))
			.min()
			.getAsInt();
		TransactionTemplate writing = new TransactionTemplate(this.transactions);
		int computed = writing.execute((transaction) -> {
			transaction.setRollbackOnly();
			return Pages.statementsIssued(this.mvc, this.statements, uri);
		});
		assertThat(kept).as("statements of %s with what it keeps", uri).isLessThan(computed);
	}

	private void save(String... fields) {
		assertThat(Pages.submit(this.mvc, this.edit, fields)).hasStatus3xxRedirection();
	}

	/**
	 * The fields the edit form sends as shown, name and value in turn.
	 */
	private List<String> fields() {
		return AdminForms.fieldsOf(page(this.mvc, this.edit));
	}

	private static String[] with(List<String> fields, String name, String value) {
		List<String> sent = new ArrayList<>(fields);
		sent.addAll(List.of(name, value));
		return sent.toArray(String[]::new);
	}

	private static String[] without(List<String> fields, String name, String value) {
		List<String> sent = new ArrayList<>();
		for (int i = 0; i < fields.size(); i += 2) {
			if (!(fields.get(i).equals(name) && fields.get(i + 1).equals(value))) {
				sent.addAll(fields.subList(i, i + 2));
			}
		}
		return sent.toArray(String[]::new);
	}

}
