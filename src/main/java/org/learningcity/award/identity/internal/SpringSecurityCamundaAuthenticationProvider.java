package org.learningcity.award.identity.internal;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Lets Camunda's webapps trust the application's own sign-in, so staff need no second
 * password and Camunda keeps no accounts of its own. Spring Security has already decided
 * who may reach {@code /camunda/**}; this only tells Camunda who that is.
 */
public class SpringSecurityCamundaAuthenticationProvider implements AuthenticationProvider {

	static final String CAMUNDA_ADMIN_GROUP = "camunda-admin";

	@Override
	public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| !(authentication.getPrincipal() instanceof AccountDetails)) {
			return AuthenticationResult.unsuccessful();
		}
		AuthenticationResult result = AuthenticationResult.successful(authentication.getName());
		List<String> groups = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.map(authority -> authority.replaceFirst("^ROLE_", "").toLowerCase())
			.collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
		groups.add(CAMUNDA_ADMIN_GROUP);
		result.setGroups(groups);
		return result;
	}

	@Override
	public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
		// Spring Security answers unauthenticated requests before they reach Camunda.
	}

}
