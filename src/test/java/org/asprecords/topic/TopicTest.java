package org.asprecords.topic;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TopicTest {

	@Test
	void topicsAreKeptInTheOrderOfTheListWhateverOrderTheyCameIn() {
		assertThat(Topic.inOrder(List.of("omnibus", "civil-society", "cooperation", "budget")))
			.containsExactly("budget", "cooperation", "omnibus", "civil-society");
		assertThat(Topic.inOrder(List.of("civil-society", "budget", "cooperation", "omnibus")))
			.isEqualTo(Topic.inOrder(List.of("omnibus", "civil-society", "cooperation", "budget")));
	}

	@Test
	void aTopicTwiceIsKeptOnceAndAnUnknownKeyComesLast() {
		assertThat(Topic.inOrder(List.of("unknown", "victims", "budget", "victims"))).containsExactly("budget",
				"victims", "unknown");
	}

}
