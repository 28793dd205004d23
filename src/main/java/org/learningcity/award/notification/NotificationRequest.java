package org.learningcity.award.notification;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.learningcity.award.identity.Role;

/**
 * One notification to send.
 *
 * @param recipient an account's username, an e-mail address (for people without an
 * account, such as a National Commission's office), or {@code role:NAME} for every
 * enabled account with that role
 * @param category what it is about; decides whether the person's mail preference applies
 * @param template the mail template's name: {@code templates/mail/<template>.html} and
 * {@code .txt}, subject from the message key {@code notification.mail.<template>.subject}
 * @param model small values for the template (names, titles, ids), never documents
 * @param link the path of the page the notification is about, e.g. {@code /tasks/42}; the
 * mail links to it under {@code award.base-url}
 * @param due the deadline, if any: the mail then carries an iCalendar attachment and is
 * always sent
 * @param decision whether it tells a decision: then it is always sent
 * @param language the language for an address recipient ({@code en} when {@code null});
 * accounts get their own language
 */
public record NotificationRequest(String recipient, Category category, String template, Map<String, Object> model,
		String link, Instant due, boolean decision, String language) {

	/** The prefix of a recipient that names a role instead of a person. */
	public static final String ROLE_PREFIX = "role:";

	public NotificationRequest {
		Objects.requireNonNull(recipient, "recipient");
		Objects.requireNonNull(category, "category");
		Objects.requireNonNull(template, "template");
		if (!template.matches("[a-z0-9][a-z0-9-]*")) {
			throw new IllegalArgumentException("A mail template name is lower-case words with hyphens: " + template);
		}
		if (link != null && !(link.startsWith("/") && !link.startsWith("//"))) {
			throw new IllegalArgumentException("A link is a path of this application, such as /tasks/42: " + link);
		}
		model = (model != null) ? Map.copyOf(model) : Map.of();
	}

	/** Whether the mail goes out whatever the person's preferences say. */
	public boolean mandatoryMail() {
		return this.due != null || this.decision || !this.category.isMailOptional();
	}

	/** Starts a request to a username or an e-mail address. */
	public static Builder to(String recipient) {
		return new Builder(recipient);
	}

	/** Starts a request to every enabled account that has the role. */
	public static Builder toRole(Role role) {
		return new Builder(ROLE_PREFIX + role.name());
	}

	/** Builds a {@link NotificationRequest} step by step. */
	public static final class Builder {

		private final String recipient;

		private Category category = Category.TASK_ASSIGNED;

		private String template;

		private final Map<String, Object> model = new LinkedHashMap<>();

		private String link;

		private Instant due;

		private boolean decision;

		private String language;

		private Builder(String recipient) {
			this.recipient = recipient;
		}

		public Builder category(Category category) {
			this.category = category;
			return this;
		}

		public Builder template(String template) {
			this.template = template;
			return this;
		}

		/** Adds a value for the template; {@code null} values are left out. */
		public Builder with(String name, Object value) {
			if (value != null) {
				this.model.put(name, value);
			}
			return this;
		}

		public Builder link(String link) {
			this.link = link;
			return this;
		}

		public Builder due(Instant due) {
			this.due = due;
			return this;
		}

		public Builder decision() {
			this.decision = true;
			return this;
		}

		public Builder language(String language) {
			this.language = language;
			return this;
		}

		public NotificationRequest build() {
			return new NotificationRequest(this.recipient, this.category, this.template, this.model, this.link,
					this.due, this.decision, this.language);
		}

	}

}
