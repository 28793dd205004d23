package org.learningcity.award.jury.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.learningcity.award.audit.AuditTrail;
import org.learningcity.award.identity.AccountService;
import org.learningcity.award.identity.AccountView;
import org.learningcity.award.identity.Role;
import org.learningcity.award.jury.Decision;
import org.learningcity.award.network.NationalCommissionView;
import org.learningcity.award.network.Network;
import org.learningcity.award.nomination.NominationView;
import org.learningcity.award.nomination.Nominations;
import org.learningcity.award.notification.Category;
import org.learningcity.award.notification.NotificationRequest;
import org.learningcity.award.notification.Notifications;
import org.learningcity.award.support.RuleViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Announces the cycle's decision (the CycleProcess's {@code Task_AnnounceDecision},
 * behind an async save point): every nominated city's coordinators and its National
 * Commission (its NATCOM accounts, else its office address) learn whether the city is an
 * awardee, by mail (template {@code decision-announced}, in each recipient's language)
 * and in the application. Idempotent: the decision is marked announced in the same
 * transaction as the notifications, so a retry after success tells no one twice.
 */
@Component("announceDecisionDelegate")
class AnnounceDecisionDelegate implements JavaDelegate {

	private static final Log logger = LogFactory.getLog(AnnounceDecisionDelegate.class);

	static final String TEMPLATE = "decision-announced";

	static final String ANNOUNCED = "JURY_DECISION_ANNOUNCED";

	private final JuryDecisions decisions;

	private final JuryStore store;

	private final Nominations nominations;

	private final AccountService accounts;

	private final Network network;

	private final Notifications notifications;

	private final JuryLinks links;

	private final AuditTrail audit;

	private final Clock clock;

	AnnounceDecisionDelegate(JuryDecisions decisions, JuryStore store, Nominations nominations, AccountService accounts,
			Network network, Notifications notifications, JuryLinks links, AuditTrail audit, Clock clock) {
		this.decisions = decisions;
		this.store = store;
		this.nominations = nominations;
		this.accounts = accounts;
		this.network = network;
		this.notifications = notifications;
		this.links = links;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		announce(((Number) execution.getVariable(JuryProcess.CYCLE_ID)).longValue());
	}

	/**
	 * Tells everyone concerned the cycle's result, once.
	 * @return how many notifications were sent (0 if announced already)
	 */
	@Transactional
	public int announce(long cycleId) {
		Decision decision = this.decisions.of(cycleId)
			.orElseThrow(() -> new RuleViolationException("jury.not-decided",
					"The jury of cycle " + cycleId + " has not decided: nothing to announce."));
		if (!this.store.markAnnounced(cycleId, this.clock.instant())) {
			return 0;
		}
		String title = this.links.cycleTitle(cycleId);
		int sent = 0;
		for (NominationView nomination : this.nominations.inCycle(cycleId)) {
			boolean awarded = decision.isAwardee(nomination.id());
			for (Recipient recipient : recipients(nomination)) {
				this.notifications.send(NotificationRequest.to(recipient.to())
					.category(Category.DECISION)
					.decision()
					.template(TEMPLATE)
					.language(recipient.language())
					.with("cycleTitle", title)
					.with("cityName", nomination.cityName())
					.with("countryCode", nomination.countryCode())
					.with("awarded", awarded)
					.with("awardees", decision.awardeeNominationIds().size())
					.link(JuryLinks.decisionPage(cycleId))
					.build());
				sent++;
			}
		}
		this.audit.record(ANNOUNCED, "CYCLE", Long.toString(cycleId), sent + " notifications sent");
		return sent;
	}

	private List<Recipient> recipients(NominationView nomination) {
		List<Recipient> recipients = new ArrayList<>();
		this.accounts.withRole(Role.CITY)
			.stream()
			.filter(a -> a.enabled() && Objects.equals(a.cityId(), nomination.cityId()))
			.map(a -> new Recipient(a.username(), null))
			.forEach(recipients::add);
		List<AccountView> natcom = this.accounts.withRole(Role.NATCOM)
			.stream()
			.filter(a -> a.enabled() && a.countryCode() != null
					&& a.countryCode().equalsIgnoreCase(nomination.countryCode()))
			.toList();
		if (natcom.isEmpty()) {
			this.network.nationalCommission(nomination.countryCode())
				.map(NationalCommissionView::email)
				.filter(email -> email != null && !email.isBlank())
				.ifPresent(email -> recipients.add(new Recipient(email, "en")));
		}
		else {
			natcom.forEach(a -> recipients.add(new Recipient(a.username(), null)));
		}
		if (recipients.isEmpty()) {
			logger.warn("Nobody to tell about the result of nomination " + nomination.id());
		}
		return recipients;
	}

	private record Recipient(String to, String language) {
	}

}
