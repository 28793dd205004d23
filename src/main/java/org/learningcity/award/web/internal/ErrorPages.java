package org.learningcity.award.web.internal;

import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The page for every error status, on the error dispatch ({@code /error}, e.g. Spring
 * Security's 403 or an unexpected exception) and for {@link PageExceptionHandler}:
 * {@code error/<status>} where one is written, else the generic {@code error/error}. No
 * stack trace and no exception message ever reaches the page.
 */
@Component
class ErrorPages implements ErrorViewResolver {

	static final Set<Integer> WRITTEN = Set.of(400, 403, 404, 409, 500);

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		ModelAndView page = page(status);
		// only what the pages use: never the exception, trace or message
		page.addObject("path", model.get("path"));
		return page;
	}

	static ModelAndView page(HttpStatus status) {
		String view;
		if (WRITTEN.contains(status.value())) {
			view = "error/" + status.value();
		}
		else if (status.is5xxServerError()) {
			view = "error/500";
		}
		else {
			view = "error/error";
		}
		ModelAndView page = new ModelAndView(view, status);
		page.addObject("status", status.value());
		return page;
	}

}
