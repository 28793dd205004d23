package org.learningcity.award.identity.internal;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The browser sessions of the people signed in, so that a change to an account reaches
 * them at once: a disabled account, a password set by staff or other roles end the
 * account's sessions, and its next request goes to the sign-in page (pages) or answers
 * 401 (API). Without this, a disabled account would keep working until its session timed
 * out.
 */
@Component
class SignedInSessions {

	private final SessionRegistry registry;

	SignedInSessions(SessionRegistry registry) {
		this.registry = registry;
	}

	/**
	 * Ends every session of the account once the current transaction commits (at once
	 * without one): a change rolled back ends nothing.
	 */
	void endAll(String username) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					expire(username);
				}
			});
		}
		else {
			expire(username);
		}
	}

	private void expire(String username) {
		for (Object principal : this.registry.getAllPrincipals()) {
			if (principal instanceof AccountDetails details && details.getUsername().equals(username)) {
				this.registry.getAllSessions(principal, false).forEach(SessionInformation::expireNow);
			}
		}
	}

}
