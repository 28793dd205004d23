package org.learningcity.award.notification.internal;

import org.junit.jupiter.api.Test;
import org.learningcity.award.AwardApplication;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

class NotificationModuleTests {

	@Test
	void notificationDependsOnNothingButIdentityAndSupport() {
		ApplicationModules modules = ApplicationModules.of(AwardApplication.class);
		modules.verify();
		ApplicationModule notification = modules.getModuleByName("notification").orElseThrow();
		assertThat(notification.getBootstrapDependencies(modules).map(ApplicationModule::getName))
			.allMatch(name -> name.equals("identity") || name.equals("support"));
		assertThat(modules.stream()
			// the workflows that tell people things call it (docs/architecture.md:
			// nomination -> notification, jury -> notification)
			.filter(module -> !module.getName().equals("web") && !module.getName().equals("notification")
					&& !module.getName().equals("nomination") && !module.getName().equals("jury"))
			.filter(module -> module.getBootstrapDependencies(modules)
				.anyMatch(dependency -> dependency.getName().equals("notification"))))
			.isEmpty();
	}

}
