package org.learningcity.award.review.internal;

import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.learningcity.award.catalog.Catalog;
import org.learningcity.award.catalog.Measurement;
import org.learningcity.award.catalog.MeasurementCode;
import org.learningcity.award.catalog.Source;
import org.learningcity.award.review.NominationResult;
import org.learningcity.award.review.ResultCharts;
import org.springframework.stereotype.Component;

/**
 * Draws the {@link RadarChart} of a result as a standalone SVG element, with the same
 * look as the result page's inline chart, for pages and PDFs of other modules.
 */
@Component
class RadarChartSvg implements ResultCharts {

	/** The margin around the chart's square for the labels outside the rim. */
	private static final int MARGIN_X = 60;

	private static final int MARGIN_Y = 20;

	private final Catalog catalog;

	RadarChartSvg(Catalog catalog) {
		this.catalog = catalog;
	}

	@Override
	public String radarSvg(NominationResult result, String label) {
		TreeSet<MeasurementCode> codes = new TreeSet<>(result.measurements().keySet());
		this.catalog.measurements(Source.EXPERT_REVIEW).stream().map(Measurement::code).forEach(codes::add);
		Map<MeasurementCode, Double> consensus = new TreeMap<>();
		result.measurements().forEach((code, m) -> consensus.put(code, m.consensus()));
		return svg(RadarChart.of(new ArrayList<>(codes), consensus), label);
	}

	/** The chart as SVG markup. */
	static String svg(RadarChart chart, String label) {
		int width = chart.size() + 2 * MARGIN_X;
		int height = chart.size() + 2 * MARGIN_Y;
		StringBuilder svg = new StringBuilder(8192);
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"radar-chart\"")
			.append(" width=\"")
			.append(width)
			.append("\" height=\"")
			.append(height)
			.append("\" viewBox=\"")
			.append(-MARGIN_X)
			.append(' ')
			.append(-MARGIN_Y)
			.append(' ')
			.append(width)
			.append(' ')
			.append(height)
			.append("\" aria-label=\"")
			.append(escape(label))
			.append("\">");
		for (RadarChart.Group group : chart.groups()) {
			if (group.shaded() && !group.sector().isEmpty()) {
				svg.append("<path d=\"").append(escape(group.sector())).append("\" fill=\"#eef3f8\" stroke=\"none\"/>");
			}
		}
		for (String ring : chart.rings()) {
			svg.append("<polygon points=\"")
				.append(escape(ring))
				.append("\" fill=\"none\" stroke=\"#bbbbbb\" stroke-width=\"1\"/>");
		}
		String centre = Integer.toString(chart.size() / 2);
		for (RadarChart.Spoke spoke : chart.spokes()) {
			svg.append("<line x1=\"")
				.append(centre)
				.append("\" y1=\"")
				.append(centre)
				.append("\" x2=\"")
				.append(spoke.x())
				.append("\" y2=\"")
				.append(spoke.y())
				.append("\" stroke=\"#cccccc\" stroke-width=\"1\"/>");
		}
		svg.append("<polygon class=\"consensus\" points=\"")
			.append(escape(chart.polygon()))
			.append("\" fill=\"#1f6fb2\" fill-opacity=\"0.35\" stroke=\"#1f6fb2\" stroke-width=\"2\"/>");
		for (RadarChart.Spoke spoke : chart.spokes()) {
			text(svg, spoke.labelX(), spoke.labelY(), spoke.anchor(), 11, false, spoke.code());
		}
		for (RadarChart.Group group : chart.groups()) {
			text(svg, group.labelX(), group.labelY(), group.anchor(), 13, true, group.focus());
		}
		return svg.append("</svg>").toString();
	}

	private static void text(StringBuilder svg, String x, String y, String anchor, int size, boolean bold,
			String text) {
		// the baseline is moved by a third of the size rather than with
		// dominant-baseline,
		// which not every SVG renderer (PDF) supports
		svg.append("<text x=\"")
			.append(x)
			.append("\" y=\"")
			.append(String.format(java.util.Locale.ROOT, "%.1f", Double.parseDouble(y) + size / 3.0))
			.append("\" text-anchor=\"")
			.append(anchor)
			.append("\" font-family=\"sans-serif\" font-size=\"")
			.append(size)
			.append('"');
		if (bold) {
			svg.append(" font-weight=\"bold\"");
		}
		svg.append('>').append(escape(text)).append("</text>");
	}

	/** Escapes text for XML content and attribute values. */
	static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder escaped = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&#39;");
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

}
