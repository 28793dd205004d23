package org.learningcity.award.identity.internal;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account for a while after repeated wrong passwords, so that a password cannot
 * be guessed by trying many; a successful sign-in resets the count.
 */
@Component
class SignInAttempts {

	private final AccountRepository accounts;

	private final Clock clock;

	private final int maxFailures;

	private final Duration lockout;

	SignInAttempts(AccountRepository accounts, Clock clock,
			@Value("${award.security.max-failed-sign-ins:5}") int maxFailures,
			@Value("${award.security.lockout-duration:PT15M}") Duration lockout) {
		this.accounts = accounts;
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.lockout = lockout;
	}

	@EventListener
	@Transactional
	public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		this.accounts.findByUsername(event.getAuthentication().getName())
			.ifPresent(account -> account.recordFailedSignIn(this.maxFailures, this.lockout, this.clock.instant()));
	}

	@EventListener
	@Transactional
	public void onSuccess(AuthenticationSuccessEvent event) {
		this.accounts.findByUsername(event.getAuthentication().getName()).ifPresent(account -> {
			if (account.getFailedSignIns() > 0 || account.getLockedUntil() != null) {
				account.recordSuccessfulSignIn();
			}
		});
	}

}
