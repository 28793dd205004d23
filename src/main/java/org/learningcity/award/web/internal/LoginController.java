package org.learningcity.award.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	static final String VIEW = "login";

	@GetMapping("/login")
	String login(HttpServletRequest request, Model model) {
		if (request.getParameter("error") != null) {
			model.addAttribute("failure", failure(request.getSession(false)));
		}
		return VIEW;
	}

	/**
	 * Why the last sign-in failed, as a message key (Spring Security keeps it in the
	 * session).
	 */
	private static String failure(HttpSession session) {
		Object exception = (session != null) ? session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) : null;
		if (exception instanceof LockedException) {
			return "login.locked";
		}
		if (exception instanceof DisabledException) {
			return "login.disabled";
		}
		return "login.failed";
	}

}
