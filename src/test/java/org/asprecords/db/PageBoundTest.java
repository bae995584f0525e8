package org.asprecords.db;

import org.junit.jupiter.api.Test;

import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PageBoundTest {

	@Test
	void aPageIsWrittenAsItsNumbers() {
		assertThat(PageBound.of(PageRequest.of(2, 20))).isEqualTo("limit 20 offset 40");
	}

	@Test
	void theFirstPageNeedsNoOffset() {
		assertThat(PageBound.of(PageRequest.of(0, 16))).isEqualTo("limit 16");
		assertThat(PageBound.of(5, 0)).isEqualTo("limit 5");
	}

	@Test
	void aNegativeBoundIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> PageBound.of(-1, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> PageBound.of(5, -5));
	}

}
