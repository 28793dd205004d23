package org.learningcity.award.review.internal;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewRepository extends JpaRepository<Review, Long>, ReviewLookups {

	// JPQL, not a derived query: Hibernate caches the plan of a query string, while a
	// derived query builds a new criteria tree, hence a new SQL plan, on every call (a
	// task page read showed it in the benchmark's profile)
	@Query("select r from Review r where r.nominationId = :nominationId and r.username = :username")
	Optional<Review> findByNominationIdAndUsername(long nominationId, String username);

	/**
	 * The review, its row locked until the transaction ends: an expert's two requests at
	 * once (a double click, an autosave during the submit) take their turns instead of
	 * both writing the scores.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from Review r where r.nominationId = :nominationId and r.username = :username")
	Optional<Review> lockByNominationIdAndUsername(long nominationId, String username);

	@Query("select r from Review r where r.nominationId = :nominationId order by r.id")
	List<Review> findByNominationIdOrderById(long nominationId);

}
