package org.learningcity.award.dossier.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The geometry of a strip chart of overall scores per UNESCO region, drawn as inline SVG
 * by the cycle report: one row per region, one dot per scored nomination on the scale 1
 * to 5, a bar at the region's mean.
 *
 * @param width the width of the view box
 * @param height its height
 * @param ticks the scale's marks 1..5
 * @param rows one per region
 */
record DistributionChart(int width, int height, List<Tick> ticks, List<Row> rows) {

	static final int WIDTH = 520;

	static final int LEFT = 200;

	static final int RIGHT = 500;

	static final int ROW = 30;

	static final int TOP = 10;

	/** The chart of these overall scores per region code, the rows in this order. */
	static DistributionChart of(List<String> regions, Map<String, List<Double>> scores) {
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < regions.size(); i++) {
			String region = regions.get(i);
			int y = TOP + ROW * i + ROW / 2;
			List<Double> values = scores.getOrDefault(region, List.of());
			List<String> dots = values.stream().map(DistributionChart::x).toList();
			String mean = values.isEmpty() ? null
					: x(values.stream().mapToDouble(Double::doubleValue).average().orElseThrow());
			rows.add(new Row(region, format(y), format(y + 4), format(y - 9), format(y + 9), dots, mean));
		}
		int height = TOP + ROW * regions.size() + 24;
		List<Tick> ticks = new ArrayList<>();
		for (int score = 1; score <= 5; score++) {
			ticks.add(new Tick(Integer.toString(score), x(score), format(TOP + ROW * regions.size() + 16)));
		}
		return new DistributionChart(WIDTH, height, ticks, rows);
	}

	/** The x of a score on the scale 1..5. */
	static String x(double score) {
		return format(LEFT + (RIGHT - LEFT) * (score - 1) / 4.0);
	}

	/** The bottom of the plot area (where the ticks' lines end). */
	public String bottom() {
		return format(TOP + ROW * this.rows.size());
	}

	private static String format(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	/** A mark of the scale: its label, its x and the label's y. */
	record Tick(String label, String x, String labelY) {

	}

	/**
	 * One region's row: the y of its dots and label, the mean bar's ends, the dots' x,
	 * the mean's x ({@code null} without scores).
	 */
	record Row(String region, String y, String labelY, String barTop, String barBottom, List<String> dots,
			String mean) {

	}

}
