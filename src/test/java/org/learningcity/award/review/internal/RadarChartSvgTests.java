package org.learningcity.award.review.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.learningcity.award.catalog.MeasurementCode;
import org.w3c.dom.Document;

import static org.assertj.core.api.Assertions.assertThat;

/** The radar chart as standalone SVG for other modules (review.ResultCharts). */
class RadarChartSvgTests {

	@Test
	void theChartIsWellFormedSvgWithOneSpokeAndLabelPerMeasurementAndAnEscapedLabel() throws Exception {
		List<MeasurementCode> codes = List.of(MeasurementCode.of("2.1.4.a"), MeasurementCode.of("2.1.4.b"),
				MeasurementCode.of("2.5.1.a"));
		RadarChart chart = RadarChart.of(codes, Map.of(MeasurementCode.of("2.1.4.a"), 4.0));

		String svg = RadarChartSvg.svg(chart, "Scores <of> \"Ybycuí\" & co");

		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document document = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
		assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
		assertThat(document.getDocumentElement().getAttribute("aria-label")).isEqualTo("Scores <of> \"Ybycuí\" & co");
		assertThat(document.getElementsByTagName("line").getLength()).isEqualTo(3);
		assertThat(svg).contains(">2.1.4.a</text>", ">2.5.1.a</text>", ">2.1</text>", ">2.5</text>",
				"class=\"consensus\"");
	}

}
