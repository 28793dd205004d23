package org.learningcity.award.cycle.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CycleProcessSupportTests {

	private final CycleProcessSupport support = new CycleProcessSupport();

	@Test
	void idsAreReadFromTextOrItsBytesAndBlanksAreSkipped() {
		assertThat(this.support.ids("12, 15,,17 ")).containsExactly("12", "15", "17");
		assertThat(this.support.ids("12,15".getBytes(StandardCharsets.UTF_8))).containsExactly("12", "15");
		assertThat(this.support.ids(null)).isEmpty();
	}

	@Test
	void groupsHoldAboutTheSquareRootOfTheIdsEachInOrderAndEveryIdOnce() {
		String thousand = String.join(",", IntStream.rangeClosed(1, 1000).mapToObj(Integer::toString).toList());

		List<String> groups = this.support.groups(thousand);

		// ceil(√1000) = 32 ids a group: 31 full groups and one of 8
		assertThat(groups).hasSize(32);
		assertThat(this.support.ids(groups.get(0))).hasSize(32).startsWith("1", "2");
		assertThat(this.support.ids(groups.get(31))).hasSize(8).endsWith("1000");
		List<String> again = new ArrayList<>();
		groups.forEach((group) -> again.addAll(this.support.ids(group)));
		assertThat(again).isEqualTo(Arrays.asList(thousand.split(",")));
	}

	@Test
	void fewIdsMakeFewGroupsAndNoneMakeNone() {
		assertThat(this.support.groups("7")).containsExactly("7");
		assertThat(this.support.groups("7,8,9")).containsExactly("7,8", "9");
		assertThat(this.support.groups("")).isEmpty();
		assertThat(this.support.groups(null)).isEmpty();
	}

}
