package org.asprecords.account;

import java.util.Map;

import org.asprecords.security.Browser;
import org.asprecords.security.TestAccounts;
import org.asprecords.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The first admin: created once at the first start, with the configured password or a
 * generated one logged once; never a second one, never a known password.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class FirstAdminIT {

	@Autowired
	FirstAdmin firstAdmin;

	@Autowired
	AccountRepository repository;

	@Autowired
	PasswordPolicy policy;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	Map<String, Object> admin;

	@BeforeEach
	void rememberTheAdmin() {
		this.admin = this.jdbc.sql("select password_hash, role, enabled from account where username = 'admin'")
			.query()
			.singleRow();
	}

	@AfterEach
	void restoreTheAdmin() {
		this.jdbc.sql("update account set password_hash = ?, role = ?, enabled = ? where username = 'admin'")
			.params(this.admin.get("password_hash"), this.admin.get("role"), this.admin.get("enabled"))
			.update();
		this.accounts.removeAll();
	}

	@Test
	void theFirstStartCreatedOneAdminWithTheConfiguredPassword() {
		assertThat(this.jdbc.sql("select username from account where role = 'ADMIN'").query(String.class).list())
			.containsExactly("admin");
		assertThat(this.encoder.matches(this.accounts.adminPassword(), (String) this.admin.get("password_hash")))
			.isTrue();
	}

	@Test
	void anotherStartCreatesNoSecondAdminAndChangesNoPassword() {
		int accounts = count();
		assertThat(this.firstAdmin.ensure()).isNull();
		assertThat(count()).isEqualTo(accounts);
		assertThat(adminColumn("password_hash")).isEqualTo(this.admin.get("password_hash"));
	}

	@Test
	void aConfiguredPasswordThePolicyRefusesStopsTheStartWithAClearMessage() {
		for (String refused : new String[] { "password1234", "qwertyuiop12", "Xq7#mZ2!pL9" }) {
			assertThatIllegalStateException().isThrownBy(() -> firstAdmin(refused).ensure())
				.as(refused)
				.withMessageContaining("PORTAL_ADMIN_PASSWORD")
				.withMessageContaining("refused by the password policy")
				.withMessageNotContaining(refused);
		}
	}

	@Test
	void withoutAnEnabledAdminAndWithoutAConfiguredPasswordARandomOneIsGeneratedAndLoggedOnce(CapturedOutput output) {
		this.jdbc.sql("update account set enabled = false where username = 'admin'").update();
		int accounts = count();

		String generated = firstAdmin(null).ensure();

		assertThat(generated).hasSize(FirstAdmin.GENERATED_LENGTH).matches("[A-Za-z0-9]+");
		assertThat(count()).isEqualTo(accounts);
		assertThat(adminColumn("enabled")).isEqualTo(true);
		assertThat(output.getOut().split(generated, -1)).as("logged exactly once").hasSize(2);
		assertThat(output.getOut()).containsPattern("WARN .*FirstAdmin .*No enabled admin account existed");
		assertThat(new Browser(this.mvc, "198.51.100.40").signIn("admin", generated)).hasRedirectedUrl("/admin");

		assertThat(firstAdmin(null).ensure()).as("never a second time").isNull();
		assertThat(output.getOut().split(generated, -1)).hasSize(2);
	}

	@Test
	void anAdminWhoIsNotCalledAdminIsEnough() {
		this.jdbc.sql("update account set role = 'EDITOR' where username = 'admin'").update();
		this.accounts.create(TestAccounts.PREFIX + "chief", "ADMIN");
		assertThat(firstAdmin(null).ensure()).isNull();
		assertThat(adminColumn("role")).isEqualTo("EDITOR");
	}

	private FirstAdmin firstAdmin(String configured) {
		return new FirstAdmin(new FirstAdminProperties(configured), this.repository, this.policy, this.encoder,
				this.jdbc, this.transaction);
	}

	private Object adminColumn(String column) {
		return this.jdbc.sql("select " + column + " from account where username = 'admin'").query().singleValue();
	}

	private int count() {
		return this.jdbc.sql("select count(*) from account").query(Integer.class).single();
	}

}
