package org.learningcity.award.identity;

import java.util.List;
import java.util.Optional;

/**
 * Accounts for every module: look people up by name or role, and (for staff) create and
 * change accounts. Every change is recorded in the audit trail; input that breaks a rule
 * is refused with {@link org.learningcity.award.support.InvalidInputException}, field by
 * field. Staff operations need the {@code UIL_STAFF} or {@code ADMIN} role; only an
 * administrator may grant the {@code ADMIN} role or change an administrator's account.
 */
public interface AccountService {

	Optional<AccountView> findByUsername(String username);

	Optional<AccountView> findById(long id);

	/**
	 * The account with this id.
	 * @throws org.learningcity.award.support.NotFoundException if there is none
	 */
	AccountView get(long id);

	/** Every account with the role, enabled or not, by username. */
	List<AccountView> withRole(Role role);

	/**
	 * The enabled experts, with their country, languages, expertise and maximum load.
	 */
	List<AccountView> experts();

	/** The enabled jurors, with their country and region. */
	List<AccountView> jurors();

	/**
	 * Accounts for the staff's list: with the role (any when {@code null}) whose
	 * username, name or email contains {@code text} (any when blank), by username.
	 */
	List<AccountView> search(Role role, String text);

	/** Creates an account (staff). */
	AccountView create(String username, AccountProfile profile, String password);

	/** Changes an account's name, roles and bindings (staff). */
	AccountView update(long id, AccountProfile profile);

	/** Lets the account sign in again, or stops it from signing in (staff). */
	AccountView setEnabled(long id, boolean enabled);

	/** Lifts a lockout after too many wrong passwords (staff). */
	AccountView unlock(long id);

	/** Gives the account a new password (staff). */
	void resetPassword(long id, String newPassword);

	/** The signed-in person changes their own name, email and preferred language. */
	AccountView updateOwnProfile(String displayName, String email, String language);

	/** The signed-in person changes their own password, proving the current one. */
	void changeOwnPassword(String currentPassword, String newPassword);

}
