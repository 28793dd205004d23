package org.learningcity.award.review.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.learningcity.award.catalog.MeasurementCode;
import org.learningcity.award.consensus.Consensus;
import org.learningcity.award.consensus.Score;

/**
 * The geometry of a radar (spider) chart of consensus scores, drawn as inline SVG by the
 * result page: one spoke per measurement, clockwise from the top in the framework's
 * order, so that the measurements of an area of focus (building blocks 2.1–2.6) sit
 * together in a shaded sector; the radius is the score (0 at the centre, 5 at the rim).
 *
 * @param size the width and height of the view box
 * @param rings the polygons of the levels 1..5 (points attribute)
 * @param spokes one per measurement
 * @param groups one shaded sector per area of focus
 * @param polygon the consensus polygon (points attribute)
 */
record RadarChart(int size, List<String> rings, List<Spoke> spokes, List<Group> groups, String polygon) {

	static final int SIZE = 400;

	static final double CENTRE = SIZE / 2.0;

	static final double RADIUS = 140;

	static final double LABEL_RADIUS = 165;

	static final double GROUP_LABEL_RADIUS = 190;

	/**
	 * The chart of these measurements (a spoke each, in this order) with their consensus
	 * (a measurement without one sits at the centre).
	 */
	static RadarChart of(List<MeasurementCode> codes, Map<MeasurementCode, Double> consensus) {
		int n = codes.size();
		List<String> rings = new ArrayList<>();
		for (int level = Score.MIN; level <= Score.MAX; level++) {
			List<String> points = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				points.add(point(angle(i, n), RADIUS * level / Score.MAX));
			}
			rings.add(String.join(" ", points));
		}
		List<Spoke> spokes = new ArrayList<>();
		List<String> polygon = new ArrayList<>();
		Map<String, List<Integer>> byFocus = new LinkedHashMap<>();
		for (int i = 0; i < n; i++) {
			MeasurementCode code = codes.get(i);
			double angle = angle(i, n);
			Double value = consensus.get(code);
			double radius = (value != null) ? RADIUS * value / Score.MAX : 0;
			polygon.add(point(angle, radius));
			spokes.add(new Spoke(code.value(), x(angle, RADIUS), y(angle, RADIUS), x(angle, LABEL_RADIUS),
					y(angle, LABEL_RADIUS), anchor(angle), value));
			byFocus.computeIfAbsent(Consensus.focusCode(code), (f) -> new ArrayList<>()).add(i);
		}
		List<Group> groups = new ArrayList<>();
		int index = 0;
		for (Map.Entry<String, List<Integer>> focus : byFocus.entrySet()) {
			List<Integer> members = focus.getValue();
			double from = angle(members.get(0) - 0.5, n);
			double to = angle(members.get(members.size() - 1) + 0.5, n);
			double middle = (from + to) / 2;
			String sector = (n == 1) ? ""
					: "M " + format(CENTRE) + " " + format(CENTRE) + " L " + point(from, RADIUS) + " A "
							+ format(RADIUS) + " " + format(RADIUS) + " 0 " + ((to - from > Math.PI) ? 1 : 0) + " 1 "
							+ point(to, RADIUS) + " Z";
			groups.add(new Group(focus.getKey(), Consensus.BUILDING_BLOCKS.contains(focus.getKey()), index++ % 2 == 0,
					sector, x(middle, GROUP_LABEL_RADIUS), y(middle, GROUP_LABEL_RADIUS), anchor(middle)));
		}
		return new RadarChart(SIZE, rings, spokes, groups, String.join(" ", polygon));
	}

	/** The angle of spoke i of n (may be fractional): 0 at the top, clockwise. */
	private static double angle(double i, int n) {
		return -Math.PI / 2 + 2 * Math.PI * i / n;
	}

	private static String x(double angle, double radius) {
		return format(CENTRE + radius * Math.cos(angle));
	}

	private static String y(double angle, double radius) {
		return format(CENTRE + radius * Math.sin(angle));
	}

	private static String point(double angle, double radius) {
		return x(angle, radius) + "," + y(angle, radius);
	}

	private static String anchor(double angle) {
		double cos = Math.cos(angle);
		return (Math.abs(cos) < 0.2) ? "middle" : (cos > 0) ? "start" : "end";
	}

	private static String format(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	/**
	 * One spoke: its end on the rim, its label's place and anchor, and the consensus.
	 */
	record Spoke(String code, String x, String y, String labelX, String labelY, String anchor, Double consensus) {

	}

	/**
	 * The sector of one area of focus: the SVG path, whether it is a building block,
	 * whether it is shaded, and its label's place.
	 */
	record Group(String focus, boolean buildingBlock, boolean shaded, String sector, String labelX, String labelY,
			String anchor) {

	}

}
