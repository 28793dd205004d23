package org.learningcity.award.catalog;

import java.util.List;
import java.util.Optional;

/**
 * The Key Features of Learning Cities and the rubric for their expert-review
 * measurements. Everyone signed in may read them; only UIL staff change the rubric.
 */
public interface Catalog {

	/** The 42 key features in the framework's order, each with its measurements. */
	List<KeyFeature> features();

	/** The key features grouped by area and area of focus, in the framework's order. */
	List<AreaNode> tree();

	/** Every possible measurement, in the framework's order. */
	List<Measurement> measurements();

	/** The measurements with this source of data, in the framework's order. */
	List<Measurement> measurements(Source source);

	/** The measurement, if there is one with this code. */
	Optional<Measurement> findMeasurement(MeasurementCode code);

	/**
	 * The measurement.
	 * @throws org.learningcity.award.support.NotFoundException if there is none
	 */
	Measurement measurement(MeasurementCode code);

	/** The key feature a measurement belongs to. */
	KeyFeature featureOf(MeasurementCode code);

	/**
	 * The rubric of a measurement, level 5 first; empty for a measurement experts do not
	 * score.
	 * @throws org.learningcity.award.support.NotFoundException if there is no such
	 * measurement
	 */
	List<RubricLevel> rubric(MeasurementCode code);

	/**
	 * Changes the text of one level of a rubric (UIL staff and administrators only),
	 * recorded in the audit trail.
	 * @return the level as stored now
	 * @throws org.learningcity.award.support.NotFoundException if the measurement has no
	 * rubric
	 * @throws org.learningcity.award.support.InvalidInputException if the text is empty
	 * or too long (fields {@code level}, {@code description}, {@code version})
	 * @throws org.springframework.dao.OptimisticLockingFailureException if someone
	 * changed the level since {@code version}
	 */
	RubricLevel updateRubric(MeasurementCode code, int level, String description, long version);

	/**
	 * Changes several levels of a rubric at once, all or none (UIL staff and
	 * administrators only); a level whose text is unchanged is left alone. Invalid input
	 * is reported with the fields {@code levels[i].level}, {@code levels[i].description}
	 * and {@code levels[i].version}.
	 * @return the whole rubric as stored now
	 */
	List<RubricLevel> updateRubric(MeasurementCode code, List<RubricChange> changes);

	/** An area with its areas of focus. */
	record AreaNode(Area area, List<FocusNode> focuses) {
	}

	/** An area of focus with its key features. */
	record FocusNode(Focus focus, List<KeyFeature> features) {
	}

}
