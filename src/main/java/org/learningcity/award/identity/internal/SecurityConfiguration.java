package org.learningcity.award.identity.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.learningcity.award.identity.Role;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConstructorArgumentValues;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what. Four chains: Camunda's REST API (HTTP Basic only, staff), the
 * application's JSON API called with HTTP Basic (no session) or with the browser's
 * session (problem details on refusal, CSRF on), and the pages (form sign-in, CSRF on)
 * which also guard Camunda's webapps.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

	/** The bean name under which Spring Security registers its filter chain. */
	static final String FILTER_CHAIN = "springSecurityFilterChain";

	private static final String[] STAFF = { Role.ADMIN.name(), Role.UIL_STAFF.name() };

	/** The signed-in sessions, so that a disabled account's sessions end at once. */
	@Bean
	SessionRegistry sessionRegistry() {
		return new SessionRegistryImpl();
	}

	/** Tells the session registry when a session ends. */
	@Bean
	static HttpSessionEventPublisher httpSessionEventPublisher() {
		return new HttpSessionEventPublisher();
	}

	/**
	 * No observations of Spring Security's own (its filter chain, authentications,
	 * authorizations): an observation wrapped each of the ~15 filters on every request,
	 * which cost about as much as the filters themselves in the benchmark's profile, even
	 * with {@code management.observations.enable.spring.security} off (the observations
	 * were no-ops, the wrapping was not). {@code http.server.requests} still times every
	 * request.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * Spring Security's filter chain without the filter that Spring Security (6.x) puts
	 * before it whenever Spring MVC is present: on every request that filter looked the
	 * request's MVC handler up in advance (Spring MVC looks it up again to serve it), for
	 * {@code MvcRequestMatcher}s and CORS decisions to reuse. This application matches
	 * with {@code PathPatternRequestMatcher}s (so does Boot's {@code EndpointRequest})
	 * and configures no CORS, so nothing read the result, and the lookup took 5% of the
	 * request threads' time in the benchmark. Spring Framework deprecates the
	 * introspector behind it and Spring Security 7 drops it.
	 * {@code SecurityFilterChainTests} checks that the chain is the plain one.
	 */
	@Bean
	static BeanFactoryPostProcessor securityFilterChainWithoutHandlerLookupCache() {
		return (beanFactory) -> {
			if (!(beanFactory instanceof BeanDefinitionRegistry registry)
					|| !registry.containsBeanDefinition(FILTER_CHAIN)) {
				return;
			}
			BeanDefinition composite = registry.getBeanDefinition(FILTER_CHAIN);
			if (composite.getBeanClassName() == null || !composite.getBeanClassName()
				.endsWith("WebMvcSecurityConfiguration$CompositeFilterChainProxy")) {
				return;
			}
			// its one constructor argument: [the cache filter, Spring Security's chain]
			ConstructorArgumentValues.ValueHolder filters = composite.getConstructorArgumentValues()
				.getIndexedArgumentValue(0, List.class);
			if (filters != null && filters.getValue() instanceof List<?> list && list.size() == 2
					&& list.get(1) instanceof BeanDefinition filterChainProxy) {
				registry.removeBeanDefinition(FILTER_CHAIN);
				registry.registerBeanDefinition(FILTER_CHAIN, filterChainProxy);
			}
		};
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	@Order(1)
	SecurityFilterChain engineRestChain(HttpSecurity http) throws Exception {
		PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
		http.securityMatcher(new OrRequestMatcher(path.matcher("/engine-rest"), path.matcher("/engine-rest/**")))
			.authorizeHttpRequests(auth -> auth.anyRequest().hasAnyRole(STAFF))
			.httpBasic(basic -> basic.realmName("Learning City Award"));
		return stateless(http).build();
	}

	/**
	 * Credentials on every call, never a session: no session is made or read, and a
	 * forged cross-site request cannot carry the credentials, so there is no CSRF token.
	 */
	private static HttpSecurity stateless(HttpSecurity http) throws Exception {
		return http
			.securityContext(
					context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable());
	}

	/**
	 * The JSON API for callers that send their credentials on every call (HTTP Basic): no
	 * session is made for them. With the session chain below, each such call created a
	 * session and registered it (a script without cookies left one behind per call), and
	 * a caller that kept the cookie was no longer asked for its password.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain apiBasicChain(HttpSecurity http) throws Exception {
		PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
		http.securityMatcher(
				new AndRequestMatcher(path.matcher("/api/**"), SecurityConfiguration::sendsBasicCredentials))
			.authorizeHttpRequests((auth) -> apiRules(auth, path))
			.httpBasic(basic -> basic.realmName("Learning City Award")
				.authenticationEntryPoint(problem(HttpStatus.UNAUTHORIZED)))
			.exceptionHandling(errors -> errors.authenticationEntryPoint(problem(HttpStatus.UNAUTHORIZED))
				.accessDeniedHandler(deniedProblem()));
		return stateless(http).build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain apiChain(HttpSecurity http, SessionRegistry sessionRegistry) throws Exception {
		PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
		http.securityMatcher(path.matcher("/api/**"))
			.authorizeHttpRequests((auth) -> apiRules(auth, path))
			.exceptionHandling(errors -> errors.authenticationEntryPoint(problem(HttpStatus.UNAUTHORIZED))
				.accessDeniedHandler(deniedProblem()))
			// a session ended by a change to its account (SignedInSessions) is refused
			.sessionManagement(session -> session.maximumSessions(-1)
				.sessionRegistry(sessionRegistry)
				.expiredSessionStrategy((event) -> writeProblem(event.getResponse(), HttpStatus.UNAUTHORIZED,
						"Your session ended because your account changed. Sign in again.")));
		return http.build();
	}

	/** Who may call what in the JSON API, with a session or with HTTP Basic. */
	private static void apiRules(
			org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth,
			PathPatternRequestMatcher.Builder path) {
		auth.requestMatchers(path.matcher("/api/admin/**"))
			.hasRole(Role.ADMIN.name())
			// a cycle's decision is public once decided (the jury module answers 404
			// before)
			.requestMatchers(path.matcher(HttpMethod.GET, "/api/cycles/*/decision"))
			.permitAll()
			.anyRequest()
			.authenticated();
	}

	@Bean
	@Order(4)
	SecurityFilterChain pageChain(HttpSecurity http, SessionRegistry sessionRegistry) throws Exception {
		PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
		RequestMatcher camunda = new OrRequestMatcher(path.matcher("/camunda"), path.matcher("/camunda/**"));
		http.authorizeHttpRequests(auth -> auth
			.requestMatchers(path.matcher("/login"), path.matcher("/error"), path.matcher("/css/**"),
					path.matcher("/js/**"), path.matcher("/img/**"), path.matcher("/favicon.ico"),
					path.matcher("/v3/api-docs/**"), path.matcher("/swagger-ui/**"), path.matcher("/swagger-ui.html"))
			.permitAll()
			.requestMatchers(EndpointRequest.to(HealthEndpoint.class))
			.permitAll()
			// the public results page of a decided cycle (the jury module answers 404
			// before)
			.requestMatchers(path.matcher(HttpMethod.GET, "/cycles/*/decision"))
			.permitAll()
			.requestMatchers(EndpointRequest.toAnyEndpoint())
			.hasRole(Role.ADMIN.name())
			.requestMatchers(camunda)
			.hasAnyRole(STAFF)
			// the dossier and the result of a nomination are the jury's too (their access
			// policies narrow it)
			.requestMatchers(path.matcher("/nominations/*/dossier"), path.matcher("/nominations/*/result"))
			.hasAnyRole(Role.ADMIN.name(), Role.UIL_STAFF.name(), Role.JURY.name())
			.requestMatchers(path.matcher("/accounts/**"), path.matcher("/cycles/**"), path.matcher("/audit/**"),
					path.matcher("/mail/**"), path.matcher("/mail"), path.matcher("/nominations/**"),
					path.matcher("/tasks/late"))
			.hasAnyRole(STAFF)
			.requestMatchers(path.matcher(HttpMethod.POST, "/catalog/**"))
			.hasAnyRole(STAFF)
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
			// Camunda's webapps bring their own CSRF protection (the XSRF-TOKEN cookie
			// and header)
			.csrf(csrf -> csrf.ignoringRequestMatchers(camunda))
			.headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
			.sessionManagement(session -> session.maximumSessions(-1)
				.sessionRegistry(sessionRegistry)
				.expiredUrl("/login?expired"));
		return http.build();
	}

	/** Tells Camunda's webapps who signed in to the application. */
	@Bean
	FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaSingleSignOn() {
		FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new ContainerBasedAuthenticationFilter());
		registration.setInitParameters(java.util.Map.of("authentication-provider",
				SpringSecurityCamundaAuthenticationProvider.class.getName()));
		registration.addUrlPatterns("/camunda/*");
		registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
		return registration;
	}

	private static boolean sendsBasicCredentials(HttpServletRequest request) {
		String authorization = request.getHeader("Authorization");
		return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
	}

	private static boolean hasNoSession(HttpServletRequest request) {
		return request.getRequestedSessionId() == null && request.getSession(false) == null;
	}

	private static AuthenticationEntryPoint problem(HttpStatus status) {
		return (request, response, exception) -> {
			response.setHeader("WWW-Authenticate", "Basic realm=\"Learning City Award\"");
			writeProblem(response, status, "Sign in with your account (HTTP Basic) to use the API.");
		};
	}

	private static AccessDeniedHandler deniedProblem() {
		return (request, response, exception) -> writeProblem(response, HttpStatus.FORBIDDEN,
				"Your account may not do this.");
	}

	private static void writeProblem(HttpServletResponse response, HttpStatus status, String detail)
			throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
					+ status.value() + ",\"detail\":\"" + detail + "\"}");
	}

}
