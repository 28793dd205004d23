package org.learningcity.award.notification.internal;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code award.mail.*}: who the mails come from and how the outbox worker retries. The
 * SMTP server itself is Spring's {@code spring.mail.*}.
 */
@ConfigurationProperties("award.mail")
public class MailSettings {

	/** The sender of every mail, with a display name. */
	private String from = "Learning City Award <award@learningcity.example.org>";

	/** Where replies go, if not to the sender. */
	private String replyTo;

	/**
	 * The domain part of Message-IDs and iCalendar UIDs; the sender's domain if unset.
	 */
	private String messageIdDomain;

	/** The languages that mails are written in; others fall back to the first. */
	private List<String> languages = List.of("en", "fr");

	/** The pauses between delivery attempts: 4 pauses make 5 tries over about an hour. */
	private List<Duration> retryDelays = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15),
			Duration.ofMinutes(40));

	/**
	 * How long a node may hold a message it is sending before another node may take it
	 * over (a node that died while sending).
	 */
	private Duration lease = Duration.ofMinutes(5);

	/** How many messages one round of the worker takes at most. */
	private int batchSize = 20;

	public String getFrom() {
		return this.from;
	}

	public void setFrom(String from) {
		this.from = from;
	}

	public String getReplyTo() {
		return this.replyTo;
	}

	public void setReplyTo(String replyTo) {
		this.replyTo = replyTo;
	}

	public String getMessageIdDomain() {
		return this.messageIdDomain;
	}

	public void setMessageIdDomain(String messageIdDomain) {
		this.messageIdDomain = messageIdDomain;
	}

	public List<String> getLanguages() {
		return this.languages;
	}

	public void setLanguages(List<String> languages) {
		this.languages = languages;
	}

	public List<Duration> getRetryDelays() {
		return this.retryDelays;
	}

	public void setRetryDelays(List<Duration> retryDelays) {
		this.retryDelays = retryDelays;
	}

	public Duration getLease() {
		return this.lease;
	}

	public void setLease(Duration lease) {
		this.lease = lease;
	}

	public int getBatchSize() {
		return this.batchSize;
	}

	public void setBatchSize(int batchSize) {
		this.batchSize = batchSize;
	}

	/** How many tries a message gets before it is FAILED. */
	int maxAttempts() {
		return this.retryDelays.size() + 1;
	}

	/** The language a mail is written in for a person who asked for {@code language}. */
	String supportedLanguage(String language) {
		if (language != null) {
			String primary = language.toLowerCase(java.util.Locale.ROOT).split("[-_]")[0];
			if (this.languages.contains(primary)) {
				return primary;
			}
		}
		return this.languages.isEmpty() ? "en" : this.languages.get(0);
	}

}
