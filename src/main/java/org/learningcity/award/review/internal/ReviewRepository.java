package org.learningcity.award.review.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewRepository extends JpaRepository<Review, Long> {

	Optional<Review> findByNominationIdAndUsername(long nominationId, String username);

	List<Review> findByNominationIdOrderById(long nominationId);

}
