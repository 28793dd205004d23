package org.learningcity.award.nomination.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CityApplicationRepository extends JpaRepository<CityApplication, Long> {

	List<CityApplication> findByCycleIdOrderByIdAsc(long cycleId);

	List<CityApplication> findByCityIdOrderByIdDesc(long cityId);

	Optional<CityApplication> findByCycleIdAndCityId(long cycleId, long cityId);

	boolean existsByCycleIdAndCityId(long cycleId, long cityId);

}
