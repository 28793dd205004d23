package org.learningcity.award.workflow.internal;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateVariableMapping;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.ApplicationContextElResolver;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Resolves the names of the application's delegate beans
 * ({@code ${inviteExpertDelegate}}, {@code ${reviewCallMapping}}: every
 * {@link JavaDelegate}, {@link ExecutionListener}, {@link TaskListener} and
 * {@link DelegateVariableMapping}) before the process variables, everything else as the
 * engine's Spring expression manager does.
 *
 * <p>
 * The engine looks a name up as a variable first, in every scope from the execution to
 * its process instance, and only then as a bean: a delegate expression deep in the cycle
 * process (the review call activity sits eight executions below its process instance)
 * read each of those executions and their variables from the database on every review
 * start, for a name that is never a variable (8% of the job executor's CPU and most of
 * its queries while a 3,000-city cycle opened). A process variable named like a delegate
 * bean would now lose to the bean; no process names one, and delegate names end in
 * {@code Delegate} or {@code Mapping}.
 */
@Component
class DelegateBeansFirst extends AbstractProcessEnginePlugin {

	static final Set<Class<?>> DELEGATE_TYPES = Set.of(JavaDelegate.class, ExecutionListener.class, TaskListener.class,
			DelegateVariableMapping.class);

	private final ApplicationContext context;

	DelegateBeansFirst(ApplicationContext context) {
		this.context = context;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setExpressionManager(new ExpressionManager(this.context, configuration.getBeans()));
	}

	/** The engine's Spring expression manager with the delegate beans' names first. */
	static final class ExpressionManager extends SpringExpressionManager {

		ExpressionManager(ApplicationContext context, Map<Object, Object> beans) {
			super(context, beans);
		}

		@Override
		protected ELResolver createElResolver() {
			CompositeELResolver resolver = new CompositeELResolver();
			resolver.add(new DelegateBeans(this.applicationContext));
			resolver.add(super.createElResolver());
			return resolver;
		}

	}

	/** Resolves a delegate bean's name to the bean; leaves every other name alone. */
	static final class DelegateBeans extends ApplicationContextElResolver {

		private volatile Set<String> names;

		DelegateBeans(ApplicationContext context) {
			super(context);
		}

		@Override
		public Object getValue(ELContext context, Object base, Object property) {
			if (isDelegate(base, property)) {
				return super.getValue(context, base, property);
			}
			return null;
		}

		@Override
		public boolean isReadOnly(ELContext context, Object base, Object property) {
			if (isDelegate(base, property)) {
				context.setPropertyResolved(true);
				return true;
			}
			return false;
		}

		@Override
		public void setValue(ELContext context, Object base, Object property, Object value) {
			if (isDelegate(base, property)) {
				super.setValue(context, base, property, value);
			}
		}

		@Override
		public Class<?> getType(ELContext context, Object base, Object property) {
			return null;
		}

		private boolean isDelegate(Object base, Object property) {
			return base == null && property instanceof String name && names().contains(name);
		}

		/**
		 * Read once, on first use: by then every bean is defined (the engine evaluates no
		 * expression while the context starts), and none is created by the lookup.
		 */
		Set<String> names() {
			Set<String> known = this.names;
			if (known == null) {
				known = DELEGATE_TYPES.stream()
					.flatMap((type) -> Arrays.stream(this.applicationContext.getBeanNamesForType(type, true, false)))
					.collect(Collectors.toUnmodifiableSet());
				this.names = known;
			}
			return known;
		}

	}

}
