package org.learningcity.award.web.internal;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.learningcity.award.support.InvalidInputException;
import org.learningcity.award.support.NotFoundException;
import org.learningcity.award.support.RuleViolationException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Friendly pages for what page controllers refuse: 404 for what does not exist or must
 * not be seen, 409 with the rule's message, 403 for a role that may not act, 400 for a
 * malformed address. Ordered after {@link ApiExceptionHandler}, which answers the same
 * exceptions of {@code @RestController}s with problem details; anything else goes to the
 * error dispatch and {@link ErrorPages}.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE - 100)
class PageExceptionHandler {

	private static final Log logger = LogFactory.getLog(PageExceptionHandler.class);

	private static final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

	private final MessageSource messages;

	PageExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(NotFoundException ex, HttpServletRequest request) throws NotFoundException {
		pageOnly(ex, request);
		logger.debug(ex.getMessage());
		return ErrorPages.page(HttpStatus.NOT_FOUND);
	}

	@ExceptionHandler(RuleViolationException.class)
	ModelAndView ruleViolation(RuleViolationException ex, HttpServletRequest request) throws RuleViolationException {
		pageOnly(ex, request);
		// a module may translate its rule with a message key named like the rule's code
		String detail = this.messages.getMessage(ex.getCode(), null, ex.getMessage(), LocaleContextHolder.getLocale());
		return ErrorPages.page(HttpStatus.CONFLICT).addObject("detail", detail);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ModelAndView concurrentChange(OptimisticLockingFailureException ex, HttpServletRequest request)
			throws OptimisticLockingFailureException {
		pageOnly(ex, request);
		return ErrorPages.page(HttpStatus.CONFLICT)
			.addObject("detail",
					this.messages.getMessage("error.409.concurrent", null, LocaleContextHolder.getLocale()));
	}

	@ExceptionHandler(InvalidInputException.class)
	ModelAndView invalidInput(InvalidInputException ex, HttpServletRequest request) throws InvalidInputException {
		pageOnly(ex, request);
		List<String> errors = ex.getErrors().stream().map(InvalidInputException.FieldError::message).toList();
		return ErrorPages.page(HttpStatus.UNPROCESSABLE_ENTITY).addObject("errors", errors);
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class })
	ModelAndView badRequest(Exception ex, HttpServletRequest request) throws Exception {
		pageOnly(ex, request);
		logger.debug(ex.getMessage());
		return ErrorPages.page(HttpStatus.BAD_REQUEST);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ModelAndView accessDenied(AccessDeniedException ex, HttpServletRequest request) throws AccessDeniedException {
		pageOnly(ex, request);
		if (trust.isAnonymous(SecurityContextHolder.getContext().getAuthentication())) {
			// Spring Security sends an anonymous person to the sign-in page instead
			throw ex;
		}
		logger.info("Refused " + request.getMethod() + " " + request.getRequestURI() + ": " + ex.getMessage());
		return ErrorPages.page(HttpStatus.FORBIDDEN);
	}

	/**
	 * Hands an exception of a {@code @ResponseBody} method back (so it is not answered
	 * with HTML); {@link ApiExceptionHandler} comes first for those anyway.
	 */
	private static <E extends Exception> void pageOnly(E ex, HttpServletRequest request) throws E {
		if (request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod method
				&& (AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ResponseBody.class)
						|| method.hasMethodAnnotation(ResponseBody.class))) {
			throw ex;
		}
	}

}
