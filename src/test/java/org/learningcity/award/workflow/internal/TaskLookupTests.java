package org.learningcity.award.workflow.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.learningcity.award.identity.Accounts;
import org.learningcity.award.support.NotFoundException;
import org.learningcity.award.workflow.OpenTask;
import org.learningcity.award.workflow.TaskGroups;
import org.learningcity.award.workflow.Tasks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One task looked up by its id ({@link Tasks#mine(String)}) is found for exactly the
 * people the engine's task query
 * {@code active().or().taskAssignee(u).taskCandidateUser(u)
 * .taskCandidateGroupIn(groups of u).endOr()} finds it for: its assignee; while nobody
 * took it, a candidate by name or by one of their groups; nobody while it is suspended.
 * Anyone else: not found.
 */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskLookupTests {

	static final String PROCESS = "TaskLookupTest";

	static final List<String> PEOPLE = List.of("expert-05", "expert-06", "staff", "admin", "natcom-ie", "juror-01");

	@Autowired
	RepositoryService repository;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService taskService;

	@Autowired
	Tasks tasks;

	@Autowired
	UserDetailsService users;

	String deployment;

	/** The tasks of the cases, by what makes each one. */
	final Map<String, String> cases = new LinkedHashMap<>();

	@BeforeAll
	void tasksOfEveryKind() {
		this.deployment = this.repository.createDeployment()
			.addModelInstance(PROCESS + ".bpmn",
					Bpmn.createExecutableProcess(PROCESS)
						.camundaHistoryTimeToLive(1)
						.startEvent()
						.userTask("Task_Check")
						.name("Check")
						.endEvent()
						.done())
			.name(PROCESS)
			.deploy()
			.getId();
		this.cases.put("assigned to expert-05", task((t) -> this.taskService.setAssignee(t, "expert-05")));
		this.cases.put("offered to expert-05 by name", task((t) -> this.taskService.addCandidateUser(t, "expert-05")));
		this.cases.put("offered to staff", task((t) -> this.taskService.addCandidateGroup(t, TaskGroups.STAFF)));
		this.cases.put("offered to staff, taken by admin", task((t) -> {
			this.taskService.addCandidateGroup(t, TaskGroups.STAFF);
			this.taskService.setAssignee(t, "admin");
		}));
		this.cases.put("offered to expert-05 by name, taken by expert-06", task((t) -> {
			this.taskService.addCandidateUser(t, "expert-05");
			this.taskService.setAssignee(t, "expert-06");
		}));
		this.cases.put("offered to every expert", task((t) -> this.taskService.addCandidateGroup(t, "expert")));
		this.cases.put("offered to the jury and to natcom-ie", task((t) -> {
			this.taskService.addCandidateGroup(t, "jury");
			this.taskService.addCandidateUser(t, "natcom-ie");
		}));
		this.cases.put("assigned to expert-05, suspended", task((t) -> {
			this.taskService.setAssignee(t, "expert-05");
			this.runtime.suspendProcessInstanceById(
					this.taskService.createTaskQuery().taskId(t).singleResult().getProcessInstanceId());
		}));
		this.cases.put("offered to nobody", task((t) -> {
		}));
	}

	@AfterAll
	void removeTasks() {
		this.repository.deleteDeployment(this.deployment, true, true);
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aTaskIsFoundByItsIdForExactlyThePeopleTheTaskQueryFindsItFor() {
		List<String> seen = new ArrayList<>();
		this.cases.forEach((name, id) -> {
			for (String person : PEOPLE) {
				signIn(person);
				boolean byQuery = byTaskQuery(id, person);
				boolean byId = byId(id);
				assertThat(byId).as("%s, seen by %s", name, person).isEqualTo(byQuery);
				if (byId) {
					seen.add(name + ": " + person);
				}
			}
		});
		assertThat(seen).containsExactlyInAnyOrder("assigned to expert-05: expert-05",
				"offered to expert-05 by name: expert-05", "offered to staff: staff", "offered to staff: admin",
				"offered to staff, taken by admin: admin",
				"offered to expert-05 by name, taken by expert-06: expert-06", "offered to every expert: expert-05",
				"offered to every expert: expert-06", "offered to the jury and to natcom-ie: natcom-ie",
				"offered to the jury and to natcom-ie: juror-01");
	}

	@Test
	void theInboxHoldsExactlyTheTasksFoundById() {
		this.cases.forEach((name, id) -> {
			for (String person : PEOPLE) {
				signIn(person);
				boolean inInbox = this.tasks.mine().stream().anyMatch((t) -> t.id().equals(id));
				assertThat(inInbox).as("%s, in the inbox of %s", name, person).isEqualTo(byId(id));
			}
		});
	}

	@Test
	void aTaskThatDoesNotExistIsNotFound() {
		signIn("staff");
		assertThatThrownBy(() -> this.tasks.mine("no-such-task")).isInstanceOf(NotFoundException.class);
	}

	@Test
	void theTaskFoundIsDescribedAsInTheInbox() {
		signIn("expert-05");
		String id = this.cases.get("assigned to expert-05");
		OpenTask task = this.tasks.mine(id);
		assertThat(task.id()).isEqualTo(id);
		assertThat(task.name()).isEqualTo("Check");
		assertThat(task.assignee()).isEqualTo("expert-05");
		assertThat(task.processInstanceId()).isNotNull();
		assertThat(this.tasks.mine()).filteredOn((t) -> t.id().equals(id)).singleElement().isEqualTo(task);
	}

	private boolean byId(String id) {
		try {
			return this.tasks.mine(id).id().equals(id);
		}
		catch (NotFoundException ex) {
			return false;
		}
	}

	/** What the lookup by id did before: the engine's task query. */
	private boolean byTaskQuery(String id, String person) {
		List<String> groups = Accounts.current().map((u) -> TaskGroups.of(u.roles())).orElseThrow();
		return this.taskService.createTaskQuery()
			.active()
			.or()
			.taskAssignee(person)
			.taskCandidateUser(person)
			.taskCandidateGroupIn(new ArrayList<>(groups))
			.endOr()
			.taskId(id)
			.singleResult() != null;
	}

	private void signIn(String username) {
		UserDetails user = this.users.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	private String task(java.util.function.Consumer<String> setUp) {
		String instance = this.runtime.startProcessInstanceByKey(PROCESS).getId();
		Task task = this.taskService.createTaskQuery().processInstanceId(instance).singleResult();
		setUp.accept(task.getId());
		return task.getId();
	}

}
