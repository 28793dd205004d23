package org.learningcity.award.review.internal;

import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.Session;

/**
 * {@link ReviewLookups} with Hibernate's natural id access, which resolves a natural id
 * from the persistence context before it goes to the database.
 */
class ReviewLookupsImpl implements ReviewLookups {

	@PersistenceContext
	private EntityManager entityManager;

	@Override
	public Optional<Review> loaded(long nominationId, String username) {
		return this.entityManager.unwrap(Session.class)
			.byNaturalId(Review.class)
			.using("nominationId", nominationId)
			.using("username", username)
			.loadOptional();
	}

}
