package org.learningcity.award.nomination.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CityApplicationRepository extends JpaRepository<CityApplication, Long> {

	List<CityApplication> findByCycleIdOrderByIdAsc(long cycleId);

	List<CityApplication> findByCityIdOrderByIdDesc(long cityId);

	Optional<CityApplication> findByCycleIdAndCityId(long cycleId, long cityId);

	boolean existsByCycleIdAndCityId(long cycleId, long cityId);

	/**
	 * The application's narratives alone, as {@code [measurement code, text]} rows: what
	 * an expert's task page shows, without loading the figures and their breakdowns.
	 */
	@Query(value = "select measurement_code, body from application_narrative where application_id = :id",
			nativeQuery = true)
	List<Object[]> findNarratives(long id);

}
