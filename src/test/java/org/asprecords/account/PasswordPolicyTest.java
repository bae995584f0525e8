package org.asprecords.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

	private final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void twelveToOneHundredTwentyEightCharactersOfAnyKind() {
		assertThat(this.policy.problem(null, "Xq7#mZ2!pL9@")).isEmpty();
		assertThat(this.policy.problem(null, "Xq7#mZ2!pL9")).contains("account.password.too-short");
		assertThat(this.policy.problem(null, strong(128))).isEmpty();
		assertThat(this.policy.problem(null, strong(129))).contains("account.password.too-long");
		assertThat(this.policy.problem(null, "tranquil walrus juggles paprika")).isEmpty();
		assertThat(this.policy.problem(null, "Ünïcødé ist schön, ça va très bien")).isEmpty();
	}

	@Test
	void lengthCountsCharactersNotCodeUnits() {
		String elevenEmoji = "🔒🐘🌋🎻🧭🪁🦉🍋🚲🧩🌵";
		assertThat(elevenEmoji.length()).isEqualTo(22);
		assertThat(this.policy.problem(null, elevenEmoji)).contains("account.password.too-short");
	}

	@Test
	void nothingIsTrimmedOrEmptyAccepted() {
		assertThat(this.policy.problem(null, null)).contains("account.password.too-short");
		assertThat(this.policy.problem(null, "")).contains("account.password.too-short");
		assertThat(this.policy.problem(null, "            ")).isNotEmpty();
	}

	@Test
	void commonAndGuessablePasswordsAreRefused() {
		for (String common : new String[] { "password1234", "qwertyuiop12", "Password1234!", "letmein12345",
				"iloveyou1234", "aaaaaaaaaaaa", "abcdefghijkl", "123456789012", "asprecords2024", "adminadmin12" }) {
			assertThat(this.policy.problem(null, common)).as(common).contains("account.password.too-common");
		}
	}

	@Test
	void theUsernameIsRefusedInAnyCase() {
		assertThat(this.policy.problem("editor.quixotic-zebra77", "Editor.Quixotic-Zebra77"))
			.contains("account.password.same-as-username");
		assertThat(this.policy.problem("editor.quixotic-zebra77", "editor.quixotic-zebra77!"))
			.contains("account.password.too-common");
		assertThat(this.policy.problem(null, "Editor.Quixotic-Zebra77")).isEmpty();
	}

	private static String strong(int length) {
		String words = "Orbit-Plum-Violin-42!Sage_Quartz.Lantern-7?Hinge_Copper-Basil#";
		StringBuilder text = new StringBuilder();
		while (text.length() < length) {
			text.append(words);
		}
		return text.substring(0, length);
	}

}
