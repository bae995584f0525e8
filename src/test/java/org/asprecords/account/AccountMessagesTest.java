package org.asprecords.account;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The labels the user pages build from names (roles, fields, the messages of the password
 * policy and of refused changes) all exist.
 */
class AccountMessagesTest {

	@Test
	void everyBuiltKeyExists() throws IOException {
		Properties messages = new Properties();
		try (InputStream in = Files.newInputStream(Path.of("src/main/resources/i18n/accounts.properties"))) {
			messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		List<String> keys = new ArrayList<>();
		for (Role role : Role.values()) {
			keys.add("account.role." + role.name());
		}
		for (String field : List.of("username", "role", "enabled", "password", "confirmation")) {
			keys.add("account.field." + field + ".label");
			keys.add("account.field." + field + ".help");
		}
		for (String rule : List.of("too-short", "too-long", "same-as-username", "too-common", "confirmation-differs")) {
			keys.add("account.password." + rule);
		}
		keys.addAll(List.of("account.username.format", "account.username.taken", "account.role.required",
				"account.edit.self-demote", "account.edit.self-disable", "account.flash.created",
				"account.flash.updated", "account.flash.password-reset", "account.format.time"));
		assertThat(keys).allSatisfy((key) -> assertThat(messages).containsKey(key));
	}

}
