package org.learningcity.award.workflow.internal;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateVariableMapping;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine's expressions find the application's delegate beans without looking for a
 * variable of that name first, and everything else as before: variables before other
 * beans.
 */
@SpringBootTest
@ActiveProfiles("test")
class DelegateBeansFirstTests {

	@Autowired
	ProcessEngine engine;

	@Test
	void aDelegateExpressionNeverSearchesTheVariables() {
		Scope scope = new Scope(Map.of("nomination", "42"));

		assertThat(evaluate("${reviewCallMapping}", scope)).isInstanceOf(DelegateVariableMapping.class);
		assertThat(evaluate("${inviteExpertDelegate}", scope)).isInstanceOf(JavaDelegate.class);

		assertThat(scope.lookedUp).doesNotContain("reviewCallMapping", "inviteExpertDelegate");
	}

	@Test
	void aDelegateBeanWinsOverAVariableOfItsName() {
		Scope scope = new Scope(Map.of("inviteExpertDelegate", "a variable"));

		assertThat(evaluate("${inviteExpertDelegate}", scope)).isInstanceOf(JavaDelegate.class);
	}

	@Test
	void variablesStillComeBeforeOtherBeans() {
		Scope scope = new Scope(Map.of("expert", "expert-01", "reviewProcessSupport", "a variable"));

		assertThat(evaluate("${expert}", scope)).isEqualTo("expert-01");
		assertThat(evaluate("${reviewProcessSupport}", scope)).isEqualTo("a variable");
		assertThat(evaluate("${cycleProcessSupport}", scope)).isNotNull().isNotInstanceOf(String.class);
		assertThat(scope.lookedUp).contains("expert", "reviewProcessSupport", "cycleProcessSupport");
	}

	private Object evaluate(String text, Scope scope) {
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) this.engine
			.getProcessEngineConfiguration();
		return configuration.getCommandExecutorTxRequired()
			.execute((context) -> configuration.getExpressionManager().createExpression(text).getValue(scope.proxy));
	}

	/** The variables of a scope, and the names the expressions asked it for. */
	static final class Scope {

		final List<String> lookedUp = new ArrayList<>();

		final VariableScope proxy;

		Scope(Map<String, Object> variables) {
			this.proxy = (VariableScope) Proxy.newProxyInstance(VariableScope.class.getClassLoader(),
					new Class<?>[] { VariableScope.class }, (self, method, args) -> switch (method.getName()) {
						case "hasVariable" -> {
							this.lookedUp.add((String) args[0]);
							yield variables.containsKey(args[0]);
						}
						case "getVariable" -> variables.get(args[0]);
						case "hashCode" -> System.identityHashCode(self);
						case "equals" -> self == args[0];
						case "toString" -> "scope " + variables;
						default -> throw new UnsupportedOperationException(method.getName());
					});
		}

	}

}
