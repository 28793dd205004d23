package org.learningcity.award.identity.internal;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Lets Camunda's identity service accept the application's usernames: Camunda allows only
 * letters and digits by default, but usernames have hyphens ({@code uil-staff-2}), and
 * staff accounts are mirrored there by {@link CamundaUserSync}.
 */
@Component
class CamundaUserIdPattern extends AbstractProcessEnginePlugin {

	static final String USER_ID_PATTERN = "[a-zA-Z0-9-]+";

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setUserResourceWhitelistPattern(USER_ID_PATTERN);
	}

}
