package org.learningcity.award.catalog;

import java.util.List;

/** One of the 42 key features, with its place in the framework and its measurements. */
public record KeyFeature(String code, Area area, Focus focus, String title, List<Measurement> measurements) {

	public KeyFeature {
		measurements = List.copyOf(measurements);
	}

}
