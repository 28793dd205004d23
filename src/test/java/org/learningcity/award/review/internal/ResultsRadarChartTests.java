package org.learningcity.award.review.internal;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.learningcity.award.catalog.MeasurementCode;

import static org.assertj.core.api.Assertions.assertThat;

/** The geometry of the result page's radar chart. */
class ResultsRadarChartTests {

	@Test
	void spokesRunClockwiseFromTheTopAndTheRadiusIsTheScore() {
		List<MeasurementCode> codes = List.of(MeasurementCode.of("2.1.4.a"), MeasurementCode.of("2.1.4.b"),
				MeasurementCode.of("2.5.1.a"), MeasurementCode.of("3.1.1.a"));
		RadarChart chart = RadarChart.of(codes, Map.of(codes.get(0), 5.0, codes.get(1), 2.5, codes.get(2), 5.0));

		// top (5 of 5), right (2.5 of 5), bottom (5 of 5), left without consensus: the
		// centre
		assertThat(chart.polygon()).isEqualTo("200.0,60.0 270.0,200.0 200.0,340.0 200.0,200.0");
		assertThat(chart.rings()).hasSize(5);
		assertThat(chart.groups()).extracting(RadarChart.Group::focus).containsExactly("2.1", "2.5", "3.1");
		assertThat(chart.groups()).extracting(RadarChart.Group::buildingBlock).containsExactly(true, true, false);
		assertThat(chart.spokes().get(1).anchor()).isEqualTo("start");
	}

}
