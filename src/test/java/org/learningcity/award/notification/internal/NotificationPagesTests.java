package org.learningcity.award.notification.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.ServletContext;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningcity.award.notification.Category;
import org.learningcity.award.notification.NotificationRequest;
import org.learningcity.award.notification.internal.OutboxMessage.Status;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.IWebExchange;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class NotificationPagesTests extends MailTestSupport {

	private static final List<String> STAFF_PAGES = List.of("/mail", "/mail/templates",
			"/mail/templates?name=task-assigned&language=fr");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	MailPreferences preferences;

	@Autowired
	ServletContext servletContext;

	@Autowired
	ITemplateEngine templates;

	long expert;

	@BeforeEach
	void expert() {
		this.expert = account("notify-expert", "Ada Lovelace", "ada@example.org", "en", "EXPERT");
	}

	@Test
	void theOutboxAndTheTemplatePreviewAreForStaffOnly() throws Exception {
		for (String page : STAFF_PAGES) {
			this.mvc.perform(get(page).with(as("staff"))).andExpect(status().isOk());
			this.mvc.perform(get(page).with(as("admin"))).andExpect(status().isOk());
			this.mvc.perform(get(page).with(as("notify-expert"))).andExpect(status().isForbidden());
			this.mvc.perform(get(page))
				.andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrlPattern("**/login"));
		}
		this.mvc.perform(post("/mail/1/resend").with(as("notify-expert")).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void theMailApiIsForStaffOnly() throws Exception {
		this.mvc.perform(get("/api/mail").with(httpBasic("staff", "demo"))).andExpect(status().isOk());
		this.mvc.perform(get("/api/mail").with(httpBasic("notify-expert", "demo"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/api/mail")).andExpect(status().isUnauthorized());
	}

	@Test
	void theOutboxListsEveryMailWithRecipientSubjectStatusTriesAndLastError() throws Exception {
		sendInTransaction(NotificationRequest.to("notify-expert")
			.template("task-assigned")
			.with("taskName", "Score Cork")
			.build());
		sendInTransaction(NotificationRequest.to("no-address@@example")
			.template("task-assigned")
			.with("taskName", "Lost")
			.build());
		this.worker.deliverDue();

		this.mvc.perform(get("/api/mail").with(httpBasic("staff", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[0].to").value("no-address@@example"))
			.andExpect(jsonPath("$[0].status").value("FAILED"))
			.andExpect(jsonPath("$[0].attempts").value(1))
			.andExpect(jsonPath("$[0].lastError").value(containsString("not valid")))
			.andExpect(jsonPath("$[1].id").isString())
			.andExpect(jsonPath("$[1].to").value("ada@example.org"))
			.andExpect(jsonPath("$[1].subject").value("New task: Score Cork"))
			.andExpect(jsonPath("$[1].status").value("SENT"))
			.andExpect(jsonPath("$[1].lastError").doesNotExist());
		this.mvc.perform(get("/api/mail?status=SENT").with(httpBasic("staff", "demo")))
			.andExpect(jsonPath("$", hasSize(1)));

		this.mvc.perform(get("/mail").with(as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("New task: Score Cork")))
			.andExpect(content().string(containsString("no-address@@example")));
		long id = outbox().get(0).id();
		this.mvc.perform(get("/mail/" + id).with(as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dear Ada Lovelace,")));
	}

	@Test
	void staffSendAFailedMailAgain() throws Exception {
		sendInTransaction(NotificationRequest.to("no-address@@example")
			.template("task-assigned")
			.with("taskName", "Lost")
			.build());
		this.worker.deliverDue();
		long id = outbox().get(0).id();

		this.mvc.perform(post("/mail/" + id + "/resend").with(as("staff"))).andExpect(status().isForbidden());
		this.mvc.perform(post("/mail/" + id + "/resend").with(as("staff")).with(csrf()))
			.andExpect(redirectedUrl("/mail"))
			.andExpect(flash().attribute("flash", "notification.outbox.flash.resent"));
		assertThat(outbox().get(0).status()).isEqualTo(Status.PENDING);
		assertThat(outbox().get(0).attempts()).isZero();

		this.mvc.perform(post("/api/mail/" + id + "/resend").with(httpBasic("staff", "demo")))
			.andExpect(status().isConflict());
		this.mvc.perform(post("/api/mail/999999/resend").with(httpBasic("staff", "demo")))
			.andExpect(status().isNotFound());
	}

	@Test
	void staffSendThemselvesATestMailToCheckTheMailServer() throws Exception {
		this.mvc.perform(post("/mail/test").with(as("staff")).with(csrf()))
			.andExpect(redirectedUrl("/mail"))
			.andExpect(flash().attribute("flash", "notification.outbox.flash.testQueued"));
		this.mvc.perform(post("/api/mail/test").with(httpBasic("admin", "demo"))).andExpect(status().isAccepted());
		this.mvc.perform(post("/api/mail/test").with(httpBasic("notify-expert", "demo")))
			.andExpect(status().isForbidden());
		assertThat(this.worker.deliverDue()).isEqualTo(2);
		assertThat(received()).extracting(MailTestSupport::subject)
			.containsOnly("Test mail from the Learning City Award");
		assertThat(outbox()).extracting(OutboxMessage::recipientUsername).containsExactly("staff", "admin");
	}

	@Test
	void staffPreviewEveryMailTemplateInEachLanguage() throws Exception {
		List<String> templates = List.of("application-returned", "application-submitted", "panel-divergence",
				"reminder", "result", "review-invitation", "task-assigned", "test-message");
		String page = this.mvc.perform(get("/mail/templates").with(as("staff")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		for (String template : templates) {
			assertThat(page).contains("name=" + template + "&amp;language=en", "name=" + template + "&amp;language=fr");
		}
		this.mvc.perform(get("/mail/templates?name=review-invitation&language=fr").with(as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Invitation à évaluer la nomination de Cork")))
			.andExpect(content().string(containsString("Bonjour Alex Exemple,")));
		for (String template : templates) {
			for (String language : List.of("en", "fr")) {
				this.mvc.perform(get("/mail/templates?name=" + template + "&language=" + language).with(as("staff")))
					.andExpect(status().isOk())
					.andExpect(model().attributeExists("preview"));
			}
		}
		this.mvc.perform(get("/mail/templates?name=nope").with(as("staff")))
			.andExpect(status().isOk())
			.andExpect(model().attributeDoesNotExist("preview"));
	}

	@Test
	void theBellCountsUnreadNotificationsAndMarkingThemReadLowersTheCount() throws Exception {
		for (String task : List.of("First", "Second", "Third")) {
			sendInTransaction(NotificationRequest.to("notify-expert")
				.template("task-assigned")
				.with("taskName", task)
				.link("/tasks/" + task.length())
				.build());
		}
		List<Long> ids = this.jdbc.sql("select id from notification_inbox where account_id = ? order by id")
			.param(this.expert)
			.query(Long.class)
			.list();

		this.mvc.perform(get("/notifications").with(as("notify-expert")))
			.andExpect(status().isOk())
			.andExpect(model().attribute("unreadNotifications", 3))
			.andExpect(content().string(containsString("New task: Second")));
		this.mvc.perform(get("/notifications").with(as("staff")))
			.andExpect(model().attribute("unreadNotifications", 0));

		this.mvc.perform(post("/notifications/" + ids.get(0) + "/read").with(as("notify-expert")))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/notifications/" + ids.get(0) + "/read").with(as("notify-expert")).with(csrf()))
			.andExpect(redirectedUrl("/notifications"));
		// someone else's notification stays as it is
		this.mvc.perform(post("/notifications/" + ids.get(1) + "/read").with(as("staff")).with(csrf()));
		this.mvc.perform(get("/notifications").with(as("notify-expert")))
			.andExpect(model().attribute("unreadNotifications", 2));

		this.mvc.perform(post("/notifications/" + ids.get(1) + "/open").with(as("notify-expert")).with(csrf()))
			.andExpect(redirectedUrl("/tasks/6"));
		this.mvc.perform(get("/notifications").with(as("notify-expert")))
			.andExpect(model().attribute("unreadNotifications", 1));

		this.mvc.perform(post("/notifications/read-all").with(as("notify-expert")).with(csrf()))
			.andExpect(redirectedUrl("/notifications"))
			.andExpect(flash().attribute("flash", "notification.flash.allRead"));
		this.mvc.perform(get("/notifications").with(as("notify-expert")))
			.andExpect(model().attribute("unreadNotifications", 0));
	}

	@Test
	void theBellFragmentShowsTheUnreadCountToSignedInPeople() {
		String bell = renderBell(3, as("notify-expert"));
		assertThat(bell).contains("href=\"/notifications\"")
			.contains("aria-label=\"Notifications: 3 unread\"")
			.contains(">3</span>");
		assertThat(renderBell(0, as("notify-expert"))).contains("href=\"/notifications\"").doesNotContain("badge");
		assertThat(renderBell(null, null)).doesNotContain("/notifications");
	}

	@Test
	void peopleChooseWhichCategoriesAlsoComeByMail() throws Exception {
		this.mvc.perform(get("/notifications/preferences").with(as("notify-expert")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Reminders of deadlines")))
			.andExpect(content().string(containsString("always sent")));
		this.mvc
			.perform(post("/notifications/preferences").with(as("notify-expert"))
				.with(csrf())
				.param("mail", "TASK_ASSIGNED", "RESULTS"))
			.andExpect(redirectedUrl("/notifications/preferences"))
			.andExpect(flash().attribute("flash", "notification.flash.preferencesSaved"));
		assertThat(this.preferences.of(this.expert)).containsAllEntriesOf(Map.of(Category.TASK_ASSIGNED, true,
				Category.RESULTS, true, Category.REMINDER, false, Category.ESCALATION, false));
		assertThat(this.preferences.wantsMail(this.expert, Category.DECISION)).isTrue();
	}

	private String renderBell(Integer unread, RequestPostProcessor user) {
		MockHttpServletRequest request = new MockHttpServletRequest(this.servletContext);
		MockHttpServletResponse response = new MockHttpServletResponse();
		if (user != null) {
			user.postProcessRequest(request);
		}
		SecurityContext security = (SecurityContext) request
			.getAttribute(RequestAttributeSecurityContextRepository.DEFAULT_REQUEST_ATTR_NAME);
		try {
			if (security != null) {
				SecurityContextHolder.setContext(security);
			}
			else {
				SecurityContextHolder.getContext()
					.setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
							AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
			}
			IWebExchange exchange = JakartaServletWebApplication.buildApplication(this.servletContext)
				.buildExchange(request, response);
			Map<String, Object> variables = new java.util.HashMap<>();
			variables.put("unreadNotifications", unread);
			WebContext context = new WebContext(exchange, Locale.ENGLISH, variables);
			return this.templates.process("notification/bell", Set.of("bell"), context);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

}
