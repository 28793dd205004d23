package org.learningcity.award.cycle.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AwardCycleRepository extends JpaRepository<AwardCycle, Long> {

	List<AwardCycle> findAllByOrderByYearDescIdDesc();

}
