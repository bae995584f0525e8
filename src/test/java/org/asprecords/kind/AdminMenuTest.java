package org.asprecords.kind;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AdminMenuTest {

	private final AdminMenu menu = new AdminMenu();

	@Test
	void everyKindIsOnTheMenuOnce() {
		assertThat(this.menu.all()).doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(EnumSet.allOf(RecordKind.class));
	}

	@Test
	void theNavigationSplitsTheMenuWithoutLosingAKind() {
		assertThat(this.menu.first()).startsWith(RecordKind.SESSION).hasSize(AdminMenu.FIRST);
		assertThat(this.menu.more()).doesNotContainAnyElementsOf(this.menu.first())
			.hasSize(RecordKind.values().length - AdminMenu.FIRST);
	}

}
