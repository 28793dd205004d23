package org.learningcity.award.identity.internal;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.learningcity.award.identity.Role;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Camunda's webapps only accept a signed-in person that also exists in Camunda's identity
 * service. Staff accounts are mirrored there (with an unusable random password: people
 * always sign in through the application) and removed when they lose the staff roles.
 */
@Component
class CamundaUserSync {

	private static final Set<Role> WEBAPP_ROLES = Set.of(Role.ADMIN, Role.UIL_STAFF);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final IdentityService identityService;

	private final AccountRepository accounts;

	CamundaUserSync(IdentityService identityService, AccountRepository accounts) {
		this.identityService = identityService;
		this.accounts = accounts;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void mirrorAllAccounts() {
		ensureAdminGroup();
		this.accounts.findAll().forEach(this::mirror);
	}

	void mirror(Account account) {
		boolean needsWebapps = account.isEnabled() && account.getRoles().stream().anyMatch(WEBAPP_ROLES::contains);
		User existing = this.identityService.createUserQuery().userId(account.getUsername()).singleResult();
		if (needsWebapps && existing == null) {
			User user = this.identityService.newUser(account.getUsername());
			user.setFirstName(account.getDisplayName());
			user.setLastName("");
			user.setEmail(account.getEmail());
			user.setPassword(randomPassword());
			this.identityService.saveUser(user);
			this.identityService.createMembership(account.getUsername(),
					SpringSecurityCamundaAuthenticationProvider.CAMUNDA_ADMIN_GROUP);
		}
		else if (!needsWebapps && existing != null) {
			this.identityService.deleteUser(account.getUsername());
		}
	}

	private void ensureAdminGroup() {
		String id = SpringSecurityCamundaAuthenticationProvider.CAMUNDA_ADMIN_GROUP;
		if (this.identityService.createGroupQuery().groupId(id).singleResult() == null) {
			Group group = this.identityService.newGroup(id);
			group.setName("Award staff");
			group.setType("SYSTEM");
			this.identityService.saveGroup(group);
		}
	}

	private static String randomPassword() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().encodeToString(bytes);
	}

}
