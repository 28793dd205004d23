package org.learningcity.award.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.learningcity.award.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Locks an account for a while after repeated wrong passwords, so that a password cannot
 * be guessed by trying many; a successful sign-in resets the count. While an account is
 * locked, sign-in is refused before the password is even checked (see
 * {@link AccountDetails#isAccountNonLocked()}), by form and by HTTP Basic alike.
 */
@Component
class SignInAttempts {

	private final AccountRepository accounts;

	private final AuditTrail audit;

	private final Clock clock;

	private final int maxFailures;

	private final Duration lockout;

	private final TransactionTemplate ownTransaction;

	SignInAttempts(AccountRepository accounts, AuditTrail audit, Clock clock,
			@Value("${award.security.max-failed-sign-ins:5}") int maxFailures,
			@Value("${award.security.lockout-duration:PT15M}") Duration lockout,
			PlatformTransactionManager transactions) {
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.lockout = lockout;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@EventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		String username = event.getAuthentication().getName();
		if (username == null || this.accounts.countFailedSignIn(username) == 0) {
			return;
		}
		Instant until = this.clock.instant().plus(this.lockout);
		if (this.accounts.lockAfterFailures(username, this.maxFailures, until) > 0) {
			this.accounts.findIdByUsername(username)
				.ifPresent(id -> this.audit.record("ACCOUNT_LOCKED", DefaultAccountService.SUBJECT, String.valueOf(id),
						this.maxFailures + " wrong passwords; locked until " + until));
		}
	}

	/**
	 * Every sign-in and every HTTP Basic call ends here: the account is written only if
	 * it has wrong passwords or a lock to clear (an update in a transaction of its own
	 * otherwise cost about as much as checking the password).
	 */
	@EventListener
	public void onSuccess(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof AccountDetails details && !details.hasFailedSignIns()) {
			return;
		}
		this.ownTransaction
			.executeWithoutResult((status) -> this.accounts.resetFailedSignIns(event.getAuthentication().getName()));
	}

}
