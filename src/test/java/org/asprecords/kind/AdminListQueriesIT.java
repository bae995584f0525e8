package org.asprecords.kind;

import java.util.List;

import org.asprecords.support.IntegrationTest;
import org.asprecords.support.SqlStatementCounter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin list reads the page of records it shows and how many there are, and nothing
 * else: the options of the kind's form (every session, person, State or organization) are
 * read only by the form's pages.
 */
@IntegrationTest
@WithMockUser(username = "test-editor", roles = "EDITOR")
class AdminListQueriesIT {

	/**
	 * Switching the transaction to every record and back ({@code AllRecords}), the page,
	 * and the count. A statement's rows take one more: their speakers and organizations,
	 * for the page's statements only. Before the options were read lazily, the list of
	 * elections read every session, person and State as well.
	 */
	private static final int MOST = 4;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SqlStatementCounter statements;

	@ParameterizedTest
	@EnumSource(RecordKind.class)
	void aListReadsItsPageAndItsCountOnly(RecordKind kind) {
		this.mvc.get().uri("/admin/" + kind.getPath()).accept(MediaType.TEXT_HTML).exchange();
		this.statements.reset();
		var result = this.mvc.get().uri("/admin/" + kind.getPath() + "?q=a").accept(MediaType.TEXT_HTML).exchange();
		assertThat(result).hasStatusOk();
		int most = (kind == RecordKind.STATEMENT) ? MOST + 1 : MOST;
		// The visitor's HTTP session, when the store keeps one, is not the list's work
		List<String> read = this.statements.statements()
			.stream()
			.filter((sql) -> !sql.contains("SPRING_SESSION"))
			.toList();
		assertThat(read).hasSizeLessThanOrEqualTo(most);
	}

}
