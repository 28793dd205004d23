package org.learningcity.award.identity.internal;

import java.util.List;
import java.util.Optional;

import org.learningcity.award.identity.Role;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AccountRepository extends JpaRepository<Account, Long> {

	Optional<Account> findByUsername(String username);

	boolean existsByUsername(String username);

	@Query("select distinct a from Account a join a.roles r where r = :role order by a.username")
	List<Account> findByRole(Role role);

	List<Account> findAllByOrderByUsername();

}
