package org.asprecords.web.chart;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The scale every chart draws on: from zero, to a round maximum that holds the largest
 * value, in steps a reader can add up at a glance.
 */
class ScaleTest {

	@Test
	void theBudgetOf2024FitsOnAnAxisOfFiftyMillionSteps() {
		Scale scale = Scale.zeroTo(200_412_100, 5);

		assertThat(scale.step()).isEqualTo(50_000_000);
		assertThat(scale.max()).isEqualTo(250_000_000);
		assertThat(scale.ticks()).containsExactly(0L, 50_000_000L, 100_000_000L, 150_000_000L, 200_000_000L,
				250_000_000L);
	}

	@Test
	void stepsAreOneTwoOrFiveTimesAPowerOfTen() {
		assertThat(Scale.zeroTo(72, 5)).isEqualTo(new Scale(80, 20));
		assertThat(Scale.zeroTo(7, 5)).isEqualTo(new Scale(8, 2));
		assertThat(Scale.zeroTo(3, 5)).isEqualTo(new Scale(3, 1));
		assertThat(Scale.zeroTo(450, 5)).isEqualTo(new Scale(500, 100));
		assertThat(Scale.zeroTo(1234, 4)).isEqualTo(new Scale(1500, 500));
	}

	@Test
	void aLargestValueOnATickIsTheMaximum() {
		assertThat(Scale.zeroTo(100, 5)).isEqualTo(new Scale(100, 20));
		assertThat(Scale.zeroTo(150_000_000, 5)).isEqualTo(new Scale(150_000_000, 50_000_000));
	}

	@Test
	void nothingToShowStillGivesAScaleOfOne() {
		assertThat(Scale.zeroTo(0, 5)).isEqualTo(new Scale(1, 1));
		assertThat(Scale.zeroTo(0.4, 5)).isEqualTo(new Scale(1, 1));
		assertThat(Scale.zeroTo(1, 5).ticks()).containsExactly(0L, 1L);
	}

	@Test
	void everyValueFitsInTheIntervalsAskedWithARoundStep() {
		Random random = new Random(42);
		List<Long> roundSteps = List.of(1L, 2L, 5L);
		for (int i = 0; i < 10_000; i++) {
			long largest = (long) Math.pow(10, random.nextDouble() * 10);
			int intervals = 1 + random.nextInt(8);
			Scale scale = Scale.zeroTo(largest, intervals);

			assertThat(scale.max()).as("%d in %d intervals", largest, intervals).isGreaterThanOrEqualTo(largest);
			assertThat(scale.max() - scale.step()).as("%d in %d intervals", largest, intervals).isLessThan(largest);
			assertThat(scale.ticks()).hasSizeLessThanOrEqualTo(intervals + 1).startsWith(0L).endsWith(scale.max());
			long mantissa = scale.step();
			while (mantissa % 10 == 0) {
				mantissa /= 10;
			}
			assertThat(roundSteps).as("step %d", scale.step()).contains(mantissa);
		}
	}

	@Test
	void aScaleNeedsARoundStepThatDividesItsMaximum() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Scale(10, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> new Scale(10, 3));
		assertThatIllegalArgumentException().isThrownBy(() -> Scale.zeroTo(10, 0));
	}

	@Test
	void anAxisDrawsZeroAtItsStartAndTheMaximumAtItsEnd() {
		ValueAxis axis = new ValueAxis(new Scale(80, 20), 60, 360, 14, 20, 200);

		assertThat(axis.at(0)).isEqualTo(60);
		assertThat(axis.at(80)).isEqualTo(360);
		assertThat(axis.length(72)).isEqualTo(270);
		assertThat(axis.ticks()).extracting(Tick::x).containsExactly(60.0, 135.0, 210.0, 285.0, 360.0);
	}

}
