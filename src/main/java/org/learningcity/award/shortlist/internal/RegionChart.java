package org.learningcity.award.shortlist.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.learningcity.award.network.RegionView;
import org.learningcity.award.shortlist.RankedNomination;

/**
 * The distribution of overall scores per UNESCO region as a server-side SVG strip plot:
 * one row per region, a dot per nomination on a 1–5 axis (equal scores stack), the
 * region's median as a tick, the minimum score as a dashed line. The page gives the same
 * figures as a table.
 */
final class RegionChart {

	static final int WIDTH = 640;

	static final int LEFT = 190;

	static final int RIGHT = 20;

	static final int TOP = 20;

	static final int ROW = 44;

	private RegionChart() {
	}

	/**
	 * The chart's geometry.
	 *
	 * @param width the view box's width
	 * @param height its height
	 * @param rows one per region
	 * @param ticks the axis's ticks
	 * @param minimumX where the minimum score is
	 * @param axisY where the axis is
	 */
	record Chart(int width, int height, List<Row> rows, List<Tick> ticks, double minimumX, int axisY) {

	}

	/**
	 * A region's row.
	 *
	 * @param region the region
	 * @param y the row's centre
	 * @param dots its nominations
	 * @param medianX where its median is, {@code null} without nominations
	 * @param count how many nominations
	 * @param min the lowest overall score
	 * @param median the median
	 * @param max the highest
	 */
	record Row(RegionView region, int y, List<Dot> dots, Double medianX, int count, Double min, Double median,
			Double max) {

	}

	/** A nomination's dot, with its city and score for the tooltip. */
	record Dot(double x, double y, String city, String country, double overall, int rank) {

	}

	/** An axis tick. */
	record Tick(double x, int value) {

	}

	static Chart of(List<RegionView> regions, List<RankedNomination> ranking, double minimumScore) {
		List<Row> rows = new ArrayList<>();
		int y = TOP + ROW / 2;
		for (RegionView region : regions) {
			List<RankedNomination> here = ranking.stream().filter(r -> r.region().equals(region.code())).toList();
			List<Dot> dots = new ArrayList<>();
			Map<Long, Integer> stack = new HashMap<>();
			for (RankedNomination r : here) {
				int level = stack.merge(RankingService.scaled(r.overall()), 1, Integer::sum) - 1;
				double offset = (level % 2 == 0 ? -1 : 1) * ((level + 1) / 2) * 7.0;
				dots.add(new Dot(x(r.overall()), y + offset, r.cityName(), r.countryCode(), r.overall(), r.rank()));
			}
			List<Double> scores = here.stream().map(RankedNomination::overall).sorted().toList();
			Double median = scores.isEmpty() ? null : median(scores);
			rows.add(new Row(region, y, dots, (median != null) ? x(median) : null, scores.size(),
					scores.isEmpty() ? null : scores.get(0), median,
					scores.isEmpty() ? null : scores.get(scores.size() - 1)));
			y += ROW;
		}
		int axisY = TOP + rows.size() * ROW;
		List<Tick> ticks = new ArrayList<>();
		for (int v = 1; v <= 5; v++) {
			ticks.add(new Tick(x(v), v));
		}
		return new Chart(WIDTH, axisY + 40, rows, ticks, x(minimumScore), axisY);
	}

	static double x(double score) {
		double clamped = Math.max(1, Math.min(5, score));
		return LEFT + (clamped - 1) / 4 * (WIDTH - LEFT - RIGHT);
	}

	private static double median(List<Double> sorted) {
		int n = sorted.size();
		return (n % 2 == 1) ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

}
