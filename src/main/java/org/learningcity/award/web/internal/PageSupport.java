package org.learningcity.award.web.internal;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.learningcity.award.identity.Accounts;
import org.learningcity.award.identity.CurrentUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the layout asks about the current request, as {@code ${@page...}} in templates. A
 * bean rather than model attributes, so that it also works on pages rendered by exception
 * handlers and on the error dispatch, where no controller filled a model.
 */
@Component("page")
public class PageSupport {

	/**
	 * The current page in another language: the same path and query parameters, with
	 * {@code lang} replaced. On an error page, the page that failed.
	 */
	public String languageUrl(String language) {
		HttpServletRequest request = currentRequest();
		if (request == null) {
			return "?lang=" + language;
		}
		String path = request.getRequestURI();
		String query = request.getQueryString();
		if (request.getDispatcherType() == DispatcherType.ERROR
				&& request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed) {
			// the container's error dispatch (the original query string is gone)
			path = failed;
			query = null;
		}
		else if (request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI) instanceof String original) {
			path = original;
			query = (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
		}
		// never a protocol-relative link to another host
		path = "/" + path.replaceFirst("^/+", "");
		try {
			UriComponentsBuilder url = UriComponentsBuilder.fromPath(path);
			if (query != null && !query.isEmpty()) {
				url.query(query);
			}
			return url.replaceQueryParam("lang", language).build().toUriString();
		}
		catch (IllegalArgumentException ex) {
			return path + "?lang=" + language;
		}
	}

	/**
	 * The section of the site the current page belongs to, the first segment of its path
	 * ({@code /cycles} for {@code /cycles/7/edit}, {@code /} for the home page), so that
	 * the navigation marks its link as the current one.
	 */
	public String section() {
		HttpServletRequest request = currentRequest();
		if (request == null) {
			return "";
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (request.getDispatcherType() == DispatcherType.ERROR) {
			return "";
		}
		int end = path.indexOf('/', 1);
		return (end < 0) ? path : path.substring(0, end);
	}

	/** The signed-in person's display name, or their username. */
	public String userName() {
		return Accounts.current().map(CurrentUser::displayName).filter(name -> !name.isBlank()).orElseGet(() -> {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			return (authentication != null) ? authentication.getName() : "";
		});
	}

	private static HttpServletRequest currentRequest() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		return (attributes instanceof ServletRequestAttributes servlet) ? servlet.getRequest() : null;
	}

}
