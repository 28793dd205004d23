package org.learningcity.award.identity.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.learningcity.award.identity.Role;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AccountRepository extends JpaRepository<Account, Long> {

	// JPQL, not derived: the plan of a query string is cached (read on every sign-in)
	@Query("select a from Account a where a.username = :username")
	Optional<Account> findByUsername(String username);

	boolean existsByUsername(String username);

	@Query("select distinct a from Account a join a.roles r where r = :role order by a.username")
	List<Account> findByRole(Role role);

	List<Account> findAllByOrderByUsername();

	/** Counts a wrong password in one statement, so that parallel attempts all count. */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update Account a set a.failedSignIns = a.failedSignIns + 1 where a.username = :username")
	int countFailedSignIn(String username);

	/** Locks the account if it has reached {@code max} wrong passwords; 1 if it did. */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update Account a set a.lockedUntil = :until, a.failedSignIns = 0 "
			+ "where a.username = :username and a.failedSignIns >= :max")
	int lockAfterFailures(String username, int max, Instant until);

	/**
	 * Forgets earlier wrong passwords and an expired lockout after a successful sign-in.
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update Account a set a.failedSignIns = 0, a.lockedUntil = null "
			+ "where a.username = :username and (a.failedSignIns > 0 or a.lockedUntil is not null)")
	int resetFailedSignIns(String username);

	@Query("select a.id from Account a where a.username = :username")
	Optional<Long> findIdByUsername(String username);

}
