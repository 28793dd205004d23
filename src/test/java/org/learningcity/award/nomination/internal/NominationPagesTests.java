package org.learningcity.award.nomination.internal;

import org.junit.jupiter.api.Test;
import org.learningcity.award.nomination.ApplicationStatus;
import org.learningcity.award.nomination.NominationStatus;
import org.learningcity.award.nomination.Nominations;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The National Commission's pages, UIL staff's eligibility pages and the task inbox: what
 * each shows, the decisions made on them, the errors beside the fields, and who may not
 * see them.
 */
class NominationPagesTests extends NominationWebTestSupport {

	@Autowired
	NationalCommissionService natcom;

	@Autowired
	Nominations nominations;

	@Test
	void theNationalCommissionSeesItsCountrysApplicationsAndThePlacesLeft() throws Exception {
		long cycle = this.fixtures.openCycle(2);
		this.fixtures.submitted(cycle, "cork");
		this.fixtures.submitted(cycle, "namyangju");

		this.mvc.perform(get("/natcom/applications?cycle=" + cycle).with(as("natcom-ie")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Cork"), not(containsString("Namyangju")),
					containsString("You have nominated 0 of the 2 cities the cycle allows: 2 places left."))));
	}

	@Test
	void theNationalCommissionReadsTheApplicationInFullAndNominatesIt() throws Exception {
		long cycle = this.fixtures.openCycle(2);
		long application = this.fixtures.submitted(cycle, "cork");

		this.mvc.perform(get("/natcom/applications/" + application).with(as("natcom-ie")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Application of Cork"),
					containsString("Since 2018 the city has worked on"), containsString("Nominate this city"),
					containsString("Return to the city"), containsString("Decline the application"))));

		this.mvc
			.perform(post("/natcom/applications/" + application + "/nominate").param("endorsement", "Our best.")
				.with(as("natcom-ie"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/natcom/applications/" + application))
			.andExpect(flash().attribute("flash", "workflow.natcom.flash.nominated"));
		assertThat(this.applications.find(application).orElseThrow().status()).isEqualTo(ApplicationStatus.NOMINATED);
		this.mvc.perform(get("/natcom/applications/" + application).with(as("natcom-ie")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Our best."), not(containsString("Nominate this city")))));
	}

	@Test
	void aDecisionWithoutItsTextShowsTheErrorBesideTheField() throws Exception {
		long cycle = this.fixtures.openCycle(2);
		long application = this.fixtures.submitted(cycle, "cork");

		this.mvc
			.perform(post("/natcom/applications/" + application + "/return").param("returnComment", " ")
				.with(as("natcom-ie"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"field-error\"")))
			.andExpect(content().string(containsString("Tell the city what to revise.")));
		assertThat(this.applications.find(application).orElseThrow().status()).isEqualTo(ApplicationStatus.SUBMITTED);
	}

	@Test
	void aNominationPastTheQuotaIsRefusedOnThePageWithAClearMessage() throws Exception {
		long cycle = this.fixtures.openCycle(1);
		long first = this.fixtures.submitted(cycle, "namyangju");
		long second = this.fixtures.submitted(cycle, "suwon");
		this.fixtures.as("natcom-kr", () -> this.natcom.nominate(first, "First."));

		this.mvc
			.perform(post("/natcom/applications/" + second + "/nominate").param("endorsement", "Second.")
				.with(as("natcom-kr"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "workflow.rule.nomination.quota-reached"));
	}

	@Test
	void anotherCountrysApplicationPageDoesNotExistAndOthersMayNotUseThePages() throws Exception {
		long cycle = this.fixtures.openCycle(2);
		long application = this.fixtures.submitted(cycle, "cork");

		this.mvc.perform(get("/natcom/applications/" + application).with(as("natcom-kr")))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/natcom/applications/" + application + "/decline").param("declineComment", "No.")
				.with(as("natcom-kr"))
				.with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/natcom/applications/" + application).with(as("staff")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/natcom/applications").with(as("city-cork"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/nominations").with(as("natcom-ie"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/tasks/late").with(as("natcom-ie"))).andExpect(status().isForbidden());
		assertThat(this.applications.find(application).orElseThrow().status()).isEqualTo(ApplicationStatus.SUBMITTED);
	}

	@Test
	void uilStaffDecideTheEligibilityTheRulesLeftThemOnThePage() throws Exception {
		long cycle = this.fixtures.openCycle(2);
		long application = this.fixtures.submitted(cycle, "cork");
		long nomination = this.fixtures.as("natcom-ie", () -> this.natcom.nominate(application, "Ours.")).id();
		this.fixtures.leaveEligibilityToStaff(application);

		this.mvc.perform(get("/nominations?cycle=" + cycle).with(as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Cork"), containsString("Being checked"))));
		this.mvc.perform(get("/nominations/" + nomination + "/eligibility").with(as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("What the rules looked at"),
					containsString("Record the decision"), containsString("unknown"))));
		this.mvc
			.perform(post("/nominations/" + nomination + "/eligibility").param("eligible", "true")
				.param("reason", "")
				.with(as("staff"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Give the reason for the decision")));

		this.mvc
			.perform(post("/nominations/" + nomination + "/eligibility").param("eligible", "true")
				.param("reason", "Member since 2015 by the secretariat's files.")
				.with(as("staff"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "workflow.eligibility.flash.decided"));
		assertThat(this.nominations.get(nomination).status()).isEqualTo(NominationStatus.ELIGIBLE);
		this.mvc.perform(get("/nominations/" + nomination + "/eligibility").with(as("staff")))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("secretariat"), not(containsString("Record the decision")))));
	}

	@Test
	void theInboxShowsWhatIsWaitingWithTheDaysLeftAndLeadsToWhereItIsDone() throws Exception {
		long cycle = this.fixtures.openCycle(2);
		long application = this.fixtures.submitted(cycle, "cork");

		this.mvc.perform(get("/tasks").with(as("natcom-ie")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Review the application"), containsString("Cork"),
					containsString("/natcom/applications/" + application), containsString(" days"))));
		this.mvc.perform(get("/tasks").with(as("city-cork")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/natcom/applications/" + application))));
		String taskId = this.engine.getTaskService()
			.createTaskQuery()
			.processInstanceBusinessKey(Long.toString(application))
			.singleResult()
			.getId();
		this.mvc.perform(get("/tasks/" + taskId).with(as("natcom-ie")))
			.andExpect(redirectedUrl("/natcom/applications/" + application));
		this.mvc.perform(get("/tasks/" + taskId).with(as("natcom-kr"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/tasks/late").with(as("staff"))).andExpect(status().isOk());
	}

	@Test
	void theNominationMailsRenderInEnglishAndFrench() throws Exception {
		for (String template : new String[] { "nomination-reminder", "application-closed", "application-declined",
				"eligibility-decided" }) {
			for (String language : new String[] { "en", "fr" }) {
				this.mvc.perform(get("/mail/templates?name=" + template + "&language=" + language).with(as("staff")))
					.andExpect(status().isOk())
					.andExpect(content().string(not(containsString("??"))));
			}
		}
	}

}
