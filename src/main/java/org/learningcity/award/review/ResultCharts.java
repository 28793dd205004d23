package org.learningcity.award.review;

/**
 * The charts of a nomination's result, drawn by the review module for other modules'
 * pages and documents (the dossier, its PDF).
 */
public interface ResultCharts {

	/**
	 * The radar chart of the result's consensus scores as one self-contained inline
	 * {@code <svg>} element (SVG namespace, fixed width and height, no script, every text
	 * escaped): one spoke per expert-review measurement in the framework's order, the
	 * areas of focus as shaded sectors, the consensus polygon on the scale 0..5.
	 * @param result the nomination's result
	 * @param label the chart's accessible name ({@code aria-label}), in the reader's
	 * language
	 */
	String radarSvg(NominationResult result, String label);

}
