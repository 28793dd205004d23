package org.learningcity.award.notification.internal;

import jakarta.servlet.http.HttpServletRequest;

import org.learningcity.award.identity.Accounts;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the signed-in person's number of unread notifications as
 * {@code unreadNotifications}, for the bell ({@code notification/bell :: bell}). Not
 * computed for the JSON API.
 */
@ControllerAdvice
class UnreadNotificationsAdvice {

	private final Inbox inbox;

	UnreadNotificationsAdvice(Inbox inbox) {
		this.inbox = inbox;
	}

	@ModelAttribute("unreadNotifications")
	Integer unreadNotifications(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/api/")) {
			return null;
		}
		return Accounts.current().map(user -> this.inbox.unread(user.accountId())).orElse(null);
	}

}
