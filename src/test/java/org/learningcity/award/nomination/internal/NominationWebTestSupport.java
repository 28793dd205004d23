package org.learningcity.award.nomination.internal;

import java.time.Clock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.learningcity.award.catalog.Catalog;
import org.learningcity.award.cycle.Cycles;
import org.learningcity.award.network.Network;
import org.learningcity.award.nomination.Applications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * One application context for the nomination API and page tests: MockMvc, the demo
 * accounts, and {@link NominationFixtures} cleaned up after each test.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
abstract class NominationWebTestSupport {

	static final RequestPostProcessor STAFF = httpBasic("staff", "demo");

	static final RequestPostProcessor ADMIN = httpBasic("admin", "demo");

	static final RequestPostProcessor NATCOM_IE = httpBasic("natcom-ie", "demo");

	static final RequestPostProcessor NATCOM_KR = httpBasic("natcom-kr", "demo");

	static final RequestPostProcessor CITY_CORK = httpBasic("city-cork", "demo");

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	ProcessEngine engine;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	Cycles cycles;

	@Autowired
	Applications applications;

	@Autowired
	Catalog catalog;

	@Autowired
	Network network;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Clock clock;

	NominationFixtures fixtures;

	@BeforeEach
	void fixtures() {
		init(this.engine);
		this.fixtures = new NominationFixtures(this.cycles, this.applications, this.catalog, this.network, this.jdbc,
				this.runtime, this.users, this.clock);
	}

	@AfterEach
	void cleanUpFixtures() {
		this.fixtures.cleanUp();
	}

	/** A person signed in to the pages. */
	RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	/** A JSON POST. */
	MockHttpServletRequestBuilder postJson(String path, Object body) throws Exception {
		return post(path).contentType(MediaType.APPLICATION_JSON).content(this.json.writeValueAsString(body));
	}

	JsonNode body(ResultActions result) throws Exception {
		return this.json.readTree(result.andReturn().getResponse().getContentAsString());
	}

	/** Runs the jobs of the application's process that are due now (async steps). */
	void runJobs(long applicationId) {
		String instance = this.runtime.createProcessInstanceQuery()
			.processDefinitionKey(NominationProcess.KEY)
			.processInstanceBusinessKey(Long.toString(applicationId))
			.singleResult()
			.getId();
		for (Job job : this.management.createJobQuery().processInstanceId(instance).executable().list()) {
			this.management.executeJob(job.getId());
		}
	}

}
